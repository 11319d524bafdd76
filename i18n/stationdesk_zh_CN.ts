<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StationDesk</source>
        <translation>关于 StationDesk</translation>
    </message>
    <message>
        <source>StationDesk %1</source>
        <translation>StationDesk 社工站前台 %1</translation>
    </message>
    <message>
        <source>The front desk of a township social work station (社工站).</source>
        <translation>乡镇（街道）社会工作站的全科接待前台。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行环境</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 公益巴士进社区</source>
        <translation>例如 公益巴士进社区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add members to %1</source>
        <translation>为 %1 添加队员</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Narrow the list: name, initials, code or organisation</source>
        <translation>筛选：姓名、拼音首字母、签到码或所属单位</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>已勾选：%1 人</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>This person signs in first and can then add the other users of the station.</source>
        <translation>此人首先登录，之后可以添加本站的其他用户。</translation>
    </message>
    <message>
        <source>For signing in, without spaces, e.g. wangfang</source>
        <translation>用于登录，不含空格，例如 wangfang</translation>
    </message>
    <message>
        <source>As shown on screen, e.g. 王芳</source>
        <translation>在界面上显示的名字，例如 王芳</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
</context>
<context>
    <name>AfterwardsDialog</name>
    <message>
        <source>Enter hours afterwards</source>
        <translation>补录服务时长</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>Volunteer and shift</source>
        <translation>志愿者与班次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Content of service</source>
        <translation>服务内容</translation>
    </message>
</context>
<context>
    <name>ArrivedModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1, out %2</source>
        <translation>%1，%2 签退</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign volunteers</source>
        <translation>安排志愿者</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Name, pinyin initials or organisation</source>
        <translation>姓名、拼音首字母或所属单位</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>Assign the whole team</source>
        <translation>整队安排</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Assign selected</source>
        <translation>安排选中的志愿者</translation>
    </message>
    <message>
        <source> · on this shift</source>
        <translation> · 已在本班次</translation>
    </message>
    <message>
        <source> · on another shift then</source>
        <translation> · 同时段另有班次</translation>
    </message>
    <message>
        <source>Assign all the same?</source>
        <translation>仍要安排吗？</translation>
    </message>
    <message>
        <source>Assign anyway</source>
        <translation>仍然安排</translation>
    </message>
    <message>
        <source>%1 signed up.</source>
        <translation>已安排 %1 人。</translation>
    </message>
    <message>
        <source>%1 were on the shift already.</source>
        <translation>%1 人此前已在本班次。</translation>
    </message>
    <message>
        <source>%1 paused or departed members left out.</source>
        <translation>%1 名已暂停或已退出的队员未安排。</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>The newest %1 entries; the log itself cannot be changed.</source>
        <translation>最新的 %1 条记录；日志本身不可修改。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>A backup is a copy of the whole database of this PC as it is now: every person, record and user of the station. Keep one to restore the station if this PC breaks.

A new PC of this station (a second reception PC, a trainer laptop) starts from a backup: on its first start, choose “This PC joins a station that already uses StationDesk” and pick the file. Its users then sign in there with their own passwords, and the two PCs exchange data on the Sync page.</source>
        <translation>备份是本机当前整个数据库的副本：包含本站的每位居民、每条记录和每个用户。请保留一份，以便本机损坏时恢复。

本站的新电脑（第二台接待电脑、培训师电脑）从备份开始：首次启动时选择“本机加入已在使用 StationDesk 的站点”，然后选择该文件。本站用户随后用各自的密码在那台电脑上登录，两台电脑在“同步”页面交换数据。</translation>
    </message>
    <message>
        <source>Back up the database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>StationDesk database (*.sqlite3)</source>
        <translation>StationDesk 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup is at: %1
It holds every person&apos;s data: keep it safe (the USB stick locked away, never left in a shared folder), and delete it once it is no longer needed.</source>
        <translation>备份位于：%1
其中含有每位居民的数据：请妥善保管（U 盘锁好，切勿放在共享文件夹中），不再需要时请删除。</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Unit or community</source>
        <translation>单位/社区</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>name sounds the same</source>
        <translation>姓名同音</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>人员库</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>New need, e.g. 适老化改造</source>
        <translation>新的需求类别，例如 适老化改造</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>添加需求类别</translation>
    </message>
    <message>
        <source>The need %1 has been added.</source>
        <translation>需求类别 %1 已添加。</translation>
    </message>
    <message>
        <source>A retired need stays on the walk-ins recorded with it, but cannot be ticked for new ones. A new name also shows on past walk-ins.</source>
        <translation>停用的需求类别仍保留在已登记的接待记录上，但新的接待不能再勾选。改名后，以往的接待记录也会显示新名称。</translation>
    </message>
    <message>
        <source>Only an administrator can change the need categories.</source>
        <translation>只有管理员可以修改需求类别。</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Search a volunteer: name, pinyin initials or card code</source>
        <translation>搜索志愿者：姓名、拼音首字母或签到码</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>出具并打印…</translation>
    </message>
    <message>
        <source>Public notice list</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <source>Print the notice list of the period…</source>
        <translation>打印本期间的公示名单…</translation>
    </message>
    <message>
        <source>Notice list as .xlsx…</source>
        <translation>公示名单另存为 .xlsx…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>重新打印…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Print the register…</source>
        <translation>打印登记簿…</translation>
    </message>
    <message>
        <source>Register as .xlsx…</source>
        <translation>登记簿另存为 .xlsx…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>证明登记簿</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>出具年份</translation>
    </message>
    <message>
        <source>Choose a volunteer to see their service record.</source>
        <translation>选择一名志愿者，查看其服务记录。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 (ID %2): approved service from %3 to %4</source>
        <translation>%1（身份证号 %2）：%3 至 %4 审核通过的服务记录</translation>
    </message>
    <message>
        <source>Total: %1 hours on %2 days</source>
        <translation>合计：%2 天，%1 小时</translation>
    </message>
    <message>
        <source>No approved hours in this period: nothing to certify.</source>
        <translation>此期间没有审核通过的时长：无可证明内容。</translation>
    </message>
    <message>
        <source>Volunteer-service certificate %1</source>
        <translation>志愿服务记录证明 %1</translation>
    </message>
    <message>
        <source>Certificate %1 for %2.</source>
        <translation>已为 %2 出具证明 %1。</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>作废证明</translation>
    </message>
    <message>
        <source>Void certificate %1 of %2? Its number is never given again; a new certificate can be issued.</source>
        <translation>确定作废 %2 的证明 %1？该编号不会再次使用；可重新出具新的证明。</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Certificate %1 is void.</source>
        <translation>证明 %1 已作废。</translation>
    </message>
    <message>
        <source>Save the certificate register</source>
        <translation>保存证明登记簿</translation>
    </message>
    <message>
        <source>Save the public notice list</source>
        <translation>保存公示名单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ChangeTierDialog</name>
    <message>
        <source>Change tier</source>
        <translation>调整级别</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新级别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <source>Done: %1</source>
        <translation>完成跟进：%1</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>做了什么（必填）</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Kept value from</source>
        <translation>保留值来自</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation>另一值来自</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Written at %1; kept because it was written last.</source>
        <translation>写入于 %1；因最后写入而保留。</translation>
    </message>
    <message>
        <source>Written at %1 at about the same time.</source>
        <translation>写入于 %1，与另一处几乎同时。</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>These values were changed on two PCs at about the same time. Every PC now shows the value kept; check each one and keep it, or use the other value instead.</source>
        <translation>以下数据几乎同时在两台电脑上被修改。各电脑现在都显示保留的值；请逐条核对，确认保留，或改用另一个值。</translation>
    </message>
    <message>
        <source>No conflicts: every exchange so far merged cleanly.</source>
        <translation>没有冲突：迄今每次交换都已顺利合并。</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <source>The value kept stays, on every PC.</source>
        <translation>所有电脑都保留当前的值。</translation>
    </message>
    <message>
        <source>Use the other</source>
        <translation>改用另一值</translation>
    </message>
    <message>
        <source>The other value replaces the kept one, on every PC.</source>
        <translation>所有电脑都改用另一个值。</translation>
    </message>
    <message>
        <source>Resolved on another PC: %1 conflict(s) closed here too. The value chosen there arrived with the file.</source>
        <translation>已在另一台电脑上处理：本机也关闭了 %1 个冲突，那边选定的值已随文件导入。</translation>
    </message>
    <message>
        <source>%1 of %2 becomes “%3” (instead of “%4”) on every PC. Go ahead?</source>
        <translation>%2 的%1将在所有电脑上改为“%3”（原为“%4”）。确定吗？</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>改用另一个值</translation>
    </message>
    <message>
        <source>Kept. The choice travels with the next export.</source>
        <translation>已保留。下次导出时同步此决定。</translation>
    </message>
    <message>
        <source>Changed to the other value. The change travels with the next export.</source>
        <translation>已改用另一个值。下次导出时同步此修改。</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>未访：%1</translation>
    </message>
    <message>
        <source>Visited %1</source>
        <translation>已于 %1 探访</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The coverage report as a PDF, to preview and print</source>
        <translation>生成探访情况报表（PDF），可预览和打印</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Enter or double-click: log a visit</source>
        <translation>回车或双击：登记探访</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <source>By worker</source>
        <translation>按责任社工</translation>
    </message>
    <message>
        <source>Visit coverage %1</source>
        <translation>重点对象探访情况 %1</translation>
    </message>
    <message>
        <source>Counting the past periods…</source>
        <translation>正在统计以往各期…</translation>
    </message>
    <message>
        <source>Nobody due in this period</source>
        <translation>本期无应访对象</translation>
    </message>
    <message>
        <source>%1 of %2 due visits made · goal 100%</source>
        <translation>应访 %2 人次，已访 %1 人次 · 目标 100%</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 人次待访</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 人次未访</translation>
    </message>
    <message>
        <source>Not yet visited: %1</source>
        <translation>尚未探访：%1</translation>
    </message>
    <message>
        <source>Everyone due in this period has been visited.</source>
        <translation>本期应访对象均已探访。</translation>
    </message>
    <message>
        <source>Nobody is due a visit in this period.</source>
        <translation>本期没有需要探访的对象。</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>The rate of the last %1 weeks</source>
        <translation>近 %1 周的探访率</translation>
    </message>
    <message>
        <source>The rate of the last %1 months</source>
        <translation>近 %1 个月的探访率</translation>
    </message>
    <message>
        <source>The rate of the last %1 quarters</source>
        <translation>近 %1 个季度的探访率</translation>
    </message>
    <message>
        <source>%1: %2 of %3 visited</source>
        <translation>%1：应访 %3，已访 %2</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk 已锁定</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>计入时长</translation>
    </message>
    <message>
        <source>walk-up</source>
        <translation>临时</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>Same name and phone</source>
        <translation>姓名和手机号相同</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Possibly the same person, already registered: %1. Open one of them instead, or register a new person anyway and say why.</source>
        <translation>可能是已登记的同一人：%1 位。请打开其中一位，或者说明原因后仍登记为新人员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation>打开此人</translation>
    </message>
    <message>
        <source>Why is this a different person? (required to save anyway)</source>
        <translation>为什么是不同的人？（仍要保存时必填）</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EndEnrolmentDialog</name>
    <message>
        <source>End enrolment</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Last day on the list</source>
        <translation>在册最后一天</translation>
    </message>
    <message>
        <source>Why: no longer in difficulty, moved into a care home ...</source>
        <translation>原因：已不再困难、入住养老机构…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EndExemptionDialog</name>
    <message>
        <source>End exemption</source>
        <translation>结束免访</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Last exempt day</source>
        <translation>免访最后一天</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a key target</source>
        <translation>纳入重点对象</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>纳入</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Why: living alone at 85, serious illness, 低保 ...</source>
        <translation>原因：85岁独居、重病、低保…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
</context>
<context>
    <name>EnrolFromRegistryDialog</name>
    <message>
        <source>Enrol in %1</source>
        <translation>报名：%1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan), then Enter</source>
        <translation>姓名、拼音首字母、手机号或身份证号（可扫码），然后按回车</translation>
    </message>
    <message>
        <source>No one found. Register the person at the reception desk first.</source>
        <translation>未找到。请先在接待台登记此人。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>For everyone ticked, e.g. 东湖社区 (optional)</source>
        <translation>适用于所有勾选的人员，例如 东湖社区（选填）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>已勾选：%1 人</translation>
    </message>
</context>
<context>
    <name>EnrolSiteDialog</name>
    <message>
        <source>Enrol a site</source>
        <translation>登记终端</translation>
    </message>
    <message>
        <source>On the other PC open Sync and click “This PC&apos;s enrolment file…”. Scan the QR code it shows with the barcode scanner, or paste the code into the box and press Enter. Without a scanner, choose the enrolment file it saved on a USB stick.</source>
        <translation>在另一台电脑上打开“同步”，点击“本机登记文件…”。用扫码枪扫描它显示的二维码，或把登记码粘贴到下框中并按回车。没有扫码枪时，请选择它保存在 U 盘上的登记文件。</translation>
    </message>
    <message>
        <source>Scan or paste the code here</source>
        <translation>在此扫描或粘贴登记码</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件登记…</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>或者：</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one on the other PC&apos;s screen. If they differ, do not exchange files with it and tell the administrator.</source>
        <translation>请将此指纹与另一台电脑屏幕上的指纹核对。如不一致，请勿与其交换文件，并告知管理员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Choose the other PC&apos;s enrolment file</source>
        <translation>选择另一台电脑的登记文件</translation>
    </message>
    <message>
        <source>Enrolled: its files are accepted from now on.</source>
        <translation>已登记：今后将接受它的文件。</translation>
    </message>
</context>
<context>
    <name>EnrolmentFileDialog</name>
    <message>
        <source>This PC&apos;s enrolment file</source>
        <translation>本机登记文件</translation>
    </message>
    <message>
        <source>Another PC enrols this one by scanning this code, or by importing the enrolment file from a USB stick. Both people then compare the fingerprint below on both screens.</source>
        <translation>另一台电脑扫描此二维码，或从 U 盘导入登记文件，即可登记本机。然后双方在两台电脑的屏幕上核对下方的密钥指纹。</translation>
    </message>
    <message>
        <source>Key fingerprint of this PC</source>
        <translation>本机密钥指纹</translation>
    </message>
    <message>
        <source>Save to a folder or USB stick…</source>
        <translation>保存到文件夹或 U 盘…</translation>
    </message>
    <message>
        <source>Save the enrolment file to</source>
        <translation>登记文件保存到</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <source>Exempt from visits</source>
        <translation>免于探访</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免访</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>For good: no end</source>
        <translation>长期：不设结束日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Optional: which hospital, where to, who said so</source>
        <translation>选填：哪家医院、去了哪里、由谁告知</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a file for another site</source>
        <translation>为其他终端导出文件</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Only what that site has not received yet (recommended)</source>
        <translation>仅导出对方尚未收到的数据（推荐）</translation>
    </message>
    <message>
        <source>Everything this PC holds for it (a full copy; a larger file)</source>
        <translation>导出本机可给对方的全部数据（完整副本，文件较大）</translation>
    </message>
    <message>
        <source>Locked to that site: only its PC can open the file (recommended)</source>
        <translation>用对方密钥加密：只有对方电脑能打开（推荐）</translation>
    </message>
    <message>
        <source>Locked with a passphrase you tell the other site</source>
        <translation>用口令加密，并把口令告诉对方</translation>
    </message>
    <message>
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护方式</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Tell the passphrase to the other site in person or by phone, never with the stick.</source>
        <translation>请当面或电话告知对方口令，切勿与 U 盘一起传递。</translation>
    </message>
    <message>
        <source>Take the file to that site on a USB stick and import it on its Sync page.</source>
        <translation>用 U 盘把文件带到对方，在其“同步”页导入。</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ: please type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>匿名来访</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Include done</source>
        <translation>包括已完成</translation>
    </message>
    <message>
        <source>New follow-up...</source>
        <translation>新建跟进…</translation>
    </message>
    <message>
        <source>A follow-up for the selected row&apos;s person, or for anyone (Ctrl+N)</source>
        <translation>为选中行的服务对象或其他任何人新建跟进（Ctrl+N）</translation>
    </message>
    <message>
        <source>Done...</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Close the follow-up with a note saying what was done</source>
        <translation>填写处理情况并结束此项跟进</translation>
    </message>
    <message>
        <source>Reassign...</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Give the follow-up to a colleague</source>
        <translation>把跟进移交给同事</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Everything the station did with this person (Enter)</source>
        <translation>本站为此人做过的全部服务（回车）</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see the person&apos;s timeline</source>
        <translation>双击一行（或按回车）查看此人的服务记录</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>%1&apos;s follow-up is now with %2.</source>
        <translation>%1 的跟进已移交给 %2。</translation>
    </message>
    <message>
        <source>Follow-up added for %1, owned by %2.</source>
        <translation>已为 %1 新建跟进，负责人：%2。</translation>
    </message>
    <message>
        <source>An anonymous visitor has no timeline.</source>
        <translation>匿名来访没有服务记录。</translation>
    </message>
    <message>
        <source>%1 open: %2 overdue, %3 due today</source>
        <translation>未完成 %1 项：逾期 %2 项，今天到期 %3 项</translation>
    </message>
    <message>
        <source>No open follow-ups here.</source>
        <translation>这里没有未完成的跟进。</translation>
    </message>
</context>
<context>
    <name>GroupRateModel</name>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已访</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>探访率</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>锁定屏幕（Ctrl+L）</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Version and where the data is kept</source>
        <translation>版本及数据存放位置</translation>
    </message>
</context>
<context>
    <name>HoursRuleTab</name>
    <message>
        <source>The actual time between check-in and check-out</source>
        <translation>签到至签退的实际时间</translation>
    </message>
    <message>
        <source>The shift&apos;s scheduled time (never more than the shift)</source>
        <translation>班次的排班时间（不超过班次时长）</translation>
    </message>
    <message>
        <source>To the minute</source>
        <translation>精确到分钟</translation>
    </message>
    <message>
        <source>Down to %1 minutes</source>
        <translation>向下取整到 %1 分钟</translation>
    </message>
    <message>
        <source>No extra credit for arriving early</source>
        <translation>提前到岗不多计时长</translation>
    </message>
    <message>
        <source>Credited time</source>
        <translation>计入时长</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>取整</translation>
    </message>
    <message>
        <source>The rule applies to check-outs from now on; hours already credited keep what they credited. Rounding is always down.</source>
        <translation>规则自此后的签退起生效；已计入的时长不变。取整一律向下。</translation>
    </message>
    <message>
        <source>Saved. Check-outs from now on are credited by the new rule.</source>
        <translation>已保存。此后的签退按新规则计时。</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Check-in desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>时长统计</translation>
    </message>
    <message>
        <source>Scan a volunteer card, or type a name, initials or a phone&apos;s last 4</source>
        <translation>扫志愿者卡，或输入姓名、拼音首字母、手机号后4位</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Enter hours afterwards…</source>
        <translation>补录时长…</translation>
    </message>
    <message>
        <source>Note for the review (optional)</source>
        <translation>审核意见（选填）</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>通过（A）</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>驳回（R）</translation>
    </message>
    <message>
        <source>per volunteer</source>
        <translation>按志愿者</translation>
    </message>
    <message>
        <source>per team</source>
        <translation>按队伍</translation>
    </message>
    <message>
        <source>per activity</source>
        <translation>按活动</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Today: %1 volunteers, %2 checked in now</source>
        <translation>今日：志愿者 %1 人，当前在场 %2 人</translation>
    </message>
    <message>
        <source>%1 entries wait for review</source>
        <translation>%1 条记录待审核</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>审核（%1）</translation>
    </message>
    <message>
        <source>Total %1 h</source>
        <translation>合计时长 %1</translation>
    </message>
    <message>
        <source>Several volunteers match: pick one (number keys or arrows, Enter).</source>
        <translation>有多名志愿者符合：请选择一人（数字键或方向键，再按回车）。</translation>
    </message>
    <message>
        <source>Checked out %1: the hours for this shift had been entered already</source>
        <translation>%1 签退：本班次的时长此前已录入</translation>
    </message>
    <message>
        <source>Checked out %1, %2 h credited (waits for review)</source>
        <translation>%1 签退，计入时长 %2（待审核）</translation>
    </message>
    <message>
        <source>Checked out %1, %2 h credited</source>
        <translation>%1 签退，计入时长 %2</translation>
    </message>
    <message>
        <source>Checked in already at %1</source>
        <translation>已于 %1 签到</translation>
    </message>
    <message>
        <source>walk-up service</source>
        <translation>临时服务</translation>
    </message>
    <message>
        <source>Checked in %1 · %2</source>
        <translation>%1 签到 · %2</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已通过：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
</context>
<context>
    <name>HoursWords</name>
    <message>
        <source>desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>forgot to check out</source>
        <translation>忘记签退</translation>
    </message>
    <message>
        <source>no shift</source>
        <translation>无排班</translation>
    </message>
</context>
<context>
    <name>HubStatusModel</name>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>Sites of %1:
%2</source>
        <translation>%1 的终端：
%2</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The latest bundle imported from this station&apos;s sites</source>
        <translation>最近一次导入该站点数据包的时间</translation>
    </message>
    <message>
        <source>%1: this PC&apos;s own data</source>
        <translation>%1：本机数据</translation>
    </message>
    <message>
        <source>%1: reported, received %2 (due %3)</source>
        <translation>%1：已报送，%2 收到（截止 %3）</translation>
    </message>
    <message>
        <source>%1: late, was due on %2</source>
        <translation>%1：逾期未报，截止日期 %2</translation>
    </message>
    <message>
        <source>%1: not yet due (due on %2)</source>
        <translation>%1：未到截止日期（%2 截止）</translation>
    </message>
    <message>
        <source>%1: no data (the station was enrolled after it was due)</source>
        <translation>%1：无数据（站点在截止日期后才登记）</translation>
    </message>
    <message>
        <source>station PC</source>
        <translation>站点电脑</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>区级中心</translation>
    </message>
    <message>
        <source>trainer laptop</source>
        <translation>培训师电脑</translation>
    </message>
</context>
<context>
    <name>HubStatusPanel</name>
    <message>
        <source>Monthly reports of the stations</source>
        <translation>各站点月报报送情况</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1 late · %2 not yet due · due on day %3 of the next month</source>
        <translation>逾期 %1 个 · 未到期 %2 个 · 每月 %3 日前报送上月数据</translation>
    </message>
</context>
<context>
    <name>IdleLockTab</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>无操作多久后锁屏</translation>
    </message>
    <message>
        <source>When nobody has used the keyboard or mouse for this long, StationDesk covers its windows and asks for the password again. 0 turns the lock off.</source>
        <translation>键盘和鼠标在这段时间内无人使用时，StationDesk 会遮住窗口并要求重新输入密码。设为 0 则不锁屏。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>A file from %1</source>
        <translation>来自 %1 的文件</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Changes in the file</source>
        <translation>文件中的变更</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Everything in this file is already on this PC: importing it again changes nothing (a receipt for the sender is written again).</source>
        <translation>此文件的全部内容本机已有：再次导入不会改变任何数据（会为发送方重新生成回执）。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes all of it at once, or nothing.</source>
        <translation>尚未写入任何数据。导入时要么全部写入，要么都不写入。</translation>
    </message>
</context>
<context>
    <name>KeyTargetTableModel</name>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>纳入日期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次探访</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免访</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未探访</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>无需探访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已探访</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>Due: %1 days left</source>
        <translation>待访：还剩 %1 天</translation>
    </message>
    <message>
        <source>Days since the last visit</source>
        <translation>距上次探访的天数</translation>
    </message>
    <message>
        <source>%1: visited on %2</source>
        <translation>%1：已于 %2 探访</translation>
    </message>
</context>
<context>
    <name>KeyTargets</name>
    <message>
        <source>Choose a tier</source>
        <translation>请选择级别</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
</context>
<context>
    <name>KeyTargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>对象名单</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>探访情况</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies the next time StationDesk starts.</source>
        <translation>新的语言将在下次启动 StationDesk 时生效。</translation>
    </message>
    <message>
        <source>Saved. Please restart StationDesk to use the new language.</source>
        <translation>已保存。请重新启动 StationDesk 以使用新的语言。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk 已锁定</translation>
    </message>
    <message>
        <source>The screen was locked because nobody used it for a while.</source>
        <translation>由于一段时间无人操作，屏幕已锁定。</translation>
    </message>
    <message>
        <source>The screen has been locked.</source>
        <translation>屏幕已锁定。</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to StationDesk</source>
        <translation>登录 StationDesk</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>StationDesk 社工站前台</translation>
    </message>
    <message>
        <source>StationDesk: front desk of the social work station</source>
        <translation>StationDesk：社工站全科接待前台</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Opening the station database, one moment...</source>
        <translation>正在打开工作站数据库，请稍候…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception desk</source>
        <translation>接待台</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Key targets</source>
        <translation>重点对象</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>StationDesk — %1</source>
        <translation>StationDesk — %1</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>StationDesk 社工站前台</translation>
    </message>
</context>
<context>
    <name>MarkServedDialog</name>
    <message>
        <source>Mark served</source>
        <translation>补记到岗</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Those ticked are credited the shift&apos;s scheduled time and wait for a coordinator&apos;s review.</source>
        <translation>勾选的志愿者按排班时间计入时长，待审核。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — hours already entered</source>
        <translation>%1 — 时长已录入</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离队日期</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>队员</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move shift</source>
        <translation>班次改期</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>e.g. 因雨改期</source>
        <translation>例如 因雨改期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsPanel</name>
    <message>
        <source>Show all</source>
        <translation>查看全部</translation>
    </message>
    <message>
        <source>Open the follow-ups page</source>
        <translation>打开跟进页面</translation>
    </message>
    <message>
        <source>Double-click a row to see the person&apos;s timeline</source>
        <translation>双击一行查看此人的服务记录</translation>
    </message>
    <message>
        <source>Nothing overdue, nothing due in the next %1 days.</source>
        <translation>没有逾期的跟进，未来 %1 天内也没有到期的跟进。</translation>
    </message>
    <message>
        <source>My follow-ups: %1 overdue, %2 due soon</source>
        <translation>我的跟进：逾期 %1 项，即将到期 %2 项</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>我的跟进</translation>
    </message>
</context>
<context>
    <name>MyPasswordTab</name>
    <message>
        <source>Signed in as %1 (%2), user name %3.</source>
        <translation>当前登录：%1（%2），用户名 %3。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>NamedListEditor</name>
    <message>
        <source>Rename...</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>下一步要做的事</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>%1 more characters needed.</source>
        <translation>还需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NotVisitedModel</name>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>NotYetModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>One-time notice: %1</source>
        <translation>一次性告知单：%1</translation>
    </message>
    <message>
        <source>notice-%1.pdf</source>
        <translation>一次性告知单-%1.pdf</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <source>Relief type</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需带材料</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>No relief types are set up yet.</source>
        <translation>尚未设置救助类型。</translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤场次</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1（已退出）</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Search: name, pinyin initials, code or unit</source>
        <translation>搜索：姓名、拼音首字母、签到码或单位</translation>
    </message>
    <message>
        <source>Enrol from registry…</source>
        <translation>从人员库报名…</translation>
    </message>
    <message>
        <source>Find registered people, tick them and enrol them in one go</source>
        <translation>查找已登记的人员，勾选后一次性报名</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>退出培训…</translation>
    </message>
    <message>
        <source>Take the participant off the programme; their sign-ins stay on record</source>
        <translation>让该学员退出本培训项目；其签到记录仍保留</translation>
    </message>
    <message>
        <source>Show withdrawn</source>
        <translation>显示已退出</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>共 %1 名学员</translation>
    </message>
    <message>
        <source>%1 enrolled.</source>
        <translation>已报名 %1 人。</translation>
    </message>
    <message>
        <source>%1 were enrolled already.</source>
        <translation>%1 人此前已报名。</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 已退出培训。</translation>
    </message>
    <message>
        <source>Withdraw %1 from the programme? The sessions attended stay on record, and the sign-in code %2 no longer works.</source>
        <translation>确定让 %1 退出本培训项目？已出勤的场次仍保留记录，签到码 %2 将不再有效。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退出培训</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>新增合作方</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>e.g. 平湖市民政局</source>
        <translation>例如 平湖市民政局</translation>
    </message>
    <message>
        <source>Choose the kind of partner</source>
        <translation>请选择合作方类型</translation>
    </message>
    <message>
        <source>The person to ask for</source>
        <translation>联系时找谁</translation>
    </message>
    <message>
        <source>Mobile or landline with area code, e.g. 0573-85011001</source>
        <translation>手机或带区号的固定电话，例如 0573-85011001</translation>
    </message>
    <message>
        <source>What they offer, e.g. 低保申请受理、临时救助</source>
        <translation>可提供的服务，例如 低保申请受理、临时救助</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>提供服务</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>提供服务</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Relief department</source>
        <translation>救助部门</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Caring enterprise</source>
        <translation>爱心企业</translation>
    </message>
    <message>
        <source>Public-welfare enthusiast</source>
        <translation>公益达人</translation>
    </message>
    <message>
        <source>University volunteer team</source>
        <translation>高校志愿者团队</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Civil affairs, medical insurance, the disabled persons&apos; federation and other relief offices</source>
        <translation>民政、医保、残联等救助部门</translation>
    </message>
    <message>
        <source>Social organisations and professional social work agencies</source>
        <translation>社会组织和专业社工机构</translation>
    </message>
    <message>
        <source>Businesses that give jobs, goods or money</source>
        <translation>提供就业岗位、物资或资金的企业</translation>
    </message>
    <message>
        <source>Individuals who volunteer their time or skills</source>
        <translation>志愿贡献时间或技能的个人</translation>
    </message>
    <message>
        <source>Student volunteer teams of a university or college</source>
        <translation>高校学生志愿者团队</translation>
    </message>
    <message>
        <source>Hospitals, schools, community services and others</source>
        <translation>医院、学校、社区服务机构等</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Search by name, kind or what they provide, e.g. 低保 or 助老</source>
        <translation>按名称、类型或提供的服务搜索，例如 低保 或 助老</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>添加合作方</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No new referrals go to a retired partner; old ones keep its name</source>
        <translation>停用后不能再向其转介；以往的转介仍保留其名称</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Your role may look up partners but not change the directory.</source>
        <translation>您的角色可以查询合作方，但不能修改合作方名录。</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is back in the directory.</source>
        <translation>%1 已恢复到名录中。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Found %1 of %2 partners</source>
        <translation>共 %2 个合作方，找到 %1 个</translation>
    </message>
    <message>
        <source>Partners in the directory: %1</source>
        <translation>名录中共有 %1 个合作方</translation>
    </message>
    <message>
        <source>Double-click a partner to edit it</source>
        <translation>双击合作方进行编辑</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Site</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站点编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Last sent to it</source>
        <translation>最近发给它</translation>
    </message>
    <message>
        <source>Last received from it</source>
        <translation>最近从它收到</translation>
    </message>
    <message>
        <source>Changes it lacks</source>
        <translation>待发送变更</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint shown on that PC&apos;s Sync page.</source>
        <translation>请与对方电脑“同步”页显示的指纹核对。</translation>
    </message>
    <message>
        <source>Export a file for this site to send them.</source>
        <translation>为该终端导出文件即可发送这些变更。</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>自定日期</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>Jan–Mar</source>
        <translation>1–3月</translation>
    </message>
    <message>
        <source>Apr–Jun</source>
        <translation>4–6月</translation>
    </message>
    <message>
        <source>Jul–Sep</source>
        <translation>7–9月</translation>
    </message>
    <message>
        <source>Oct–Dec</source>
        <translation>10–12月</translation>
    </message>
    <message>
        <source>Q%1 (%2)</source>
        <translation>第%1季度（%2）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 至 %2（共 %3 天）</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>What the person agreed to, e.g. registry and home visits</source>
        <translation>本人同意的范围，例如 登记建档和入户探访</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>保存（Ctrl+Enter 或 Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Type a new number only to replace the recorded one.</source>
        <translation>仅在需要替换已登记号码时输入新号码。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Taken from the ID number.</source>
        <translation>根据身份证号自动填写。</translation>
    </message>
    <message>
        <source>Valid: born %1, %2</source>
        <translation>有效：出生于 %1，%2</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan)</source>
        <translation>姓名、拼音首字母、手机号或身份证号（可扫码）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>改选他人</translation>
    </message>
    <message>
        <source>No one found. Register the person at the reception desk first.</source>
        <translation>未找到。请先在接待台登记此人。</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set a kiosk PIN</source>
        <translation>设置自助签到的管理员 PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助签到</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN（4 到 8 位数字）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area comes in a later version of StationDesk.</source>
        <translation>此功能将在 StationDesk 的后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>选择打印机并打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save a copy of the PDF file</source>
        <translation>保存一份 PDF 文件副本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be shown (%2).</source>
        <translation>无法显示 PDF 文件 %1（%2）。</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>The printer could not be started: please check it and try again.</source>
        <translation>无法启动打印机：请检查后重试。</translation>
    </message>
    <message>
        <source>%1 pages sent to %2.</source>
        <translation>已将 %1 页发送到 %2。</translation>
    </message>
    <message>
        <source>The chosen page range has no pages of this document.</source>
        <translation>所选页码范围内没有本文档的页面。</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>无法将文件保存到 %1。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>新建培训项目</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 2026年平湖市社工站运营团队智创营</source>
        <translation>例如 2026年平湖市社工站运营团队智创营</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>请选择类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>e.g. 平湖市民政局</source>
        <translation>例如 平湖市民政局</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，多人用逗号分隔</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <source>Share of the sessions</source>
        <translation>出勤比例</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>出勤场次</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>结业条件</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Continuing-education hours each session counts (up or down by half hours)</source>
        <translation>每场计入的继续教育学时（按半小时增减）</translation>
    </message>
    <message>
        <source>Hours per session</source>
        <translation>每场学时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> 场</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>学员数</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>计入时长</translation>
    </message>
    <message>
        <source>How</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（原 %2）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（选填）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign: %1</source>
        <translation>移交跟进：%1</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>现负责人</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>No colleague may take over this follow-up.</source>
        <translation>没有可以接手这项跟进的同事。</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>%1 years old</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>Resolved on the spot</source>
        <translation>当场解决</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Anonymous, %1, %2</source>
        <translation>匿名，%1，%2</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Key target</source>
        <translation>重点对象</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>探访</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Your role may view the day&apos;s walk-ins but not record them.</source>
        <translation>您的角色可以查看当天的接待记录，但不能登记。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the walk-in (Ctrl+Enter)</source>
        <translation>保存接待记录（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>One-time notice…</source>
        <translation>一次性告知单…</translation>
    </message>
    <message>
        <source>Print the list of documents to bring for a relief type</source>
        <translation>打印某项救助需带材料的清单</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan)</source>
        <translation>姓名、拼音首字母、手机或身份证号</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>登记新人员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>改选他人</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>匿名来访</translation>
    </message>
    <message>
        <source>Record the visit without a name: sex and age band only</source>
        <translation>不记姓名：只记性别和年龄段</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Needs and note</source>
        <translation>需求与备注</translation>
    </message>
    <message>
        <source>A short note: what the person asked, what was done</source>
        <translation>简要记录：来访人问了什么，做了什么</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>What the partner is asked to help with</source>
        <translation>请合作方协助的事项</translation>
    </message>
    <message>
        <source>The person agrees to share their data with the partner</source>
        <translation>本人同意向合作方提供个人资料</translation>
    </message>
    <message>
        <source>Only without consent: why the referral is sent anyway</source>
        <translation>仅在未获同意时填写：仍需转介的原因</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>下一步要做的事</translation>
    </message>
    <message>
        <source>Who will do it: you, or a colleague</source>
        <translation>由谁来做：您本人或同事</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Double-click a row to see the person&apos;s timeline</source>
        <translation>双击一行查看此人的服务记录</translation>
    </message>
    <message>
        <source>Today: %1 walk-ins</source>
        <translation>今日接待：%1 人次</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>匿名来访</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>No one found. Press Ctrl+N to register a new person.</source>
        <translation>未找到。按 Ctrl+N 登记新人员。</translation>
    </message>
</context>
<context>
    <name>ReconcileGrid</name>
    <message>
        <source>Enter the paper sheet: %1</source>
        <translation>纸质签到表录入：%1</translation>
    </message>
    <message>
        <source>%1 — %2 %3–%4, %5</source>
        <translation>%1 — %2 %3–%4，%5</translation>
    </message>
    <message>
        <source>Keys: 1/P present · 2/L late · 3/E excused · 4/A absent · 5/O left early; then the next row</source>
        <translation>按键：1/P 准时 · 2/L 迟到 · 3/E 请假 · 4/A 缺勤 · 5/O 早退；按后自动跳到下一行</translation>
    </message>
    <message>
        <source>Row number or code, Enter</source>
        <translation>行号或签到码，按回车</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>跳转到</translation>
    </message>
    <message>
        <source>No row has the number or code “%1”.</source>
        <translation>没有行号或签到码为“%1”的行。</translation>
    </message>
    <message>
        <source>Marked %1 of %2 · attended %3</source>
        <translation>已录入 %1 / %2 · 出勤 %3</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>转介时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The partner&apos;s reason when returned, why when revoked; otherwise an optional note</source>
        <translation>退回时填写合作方的理由，撤销时填写撤销原因；其他情况可选填备注</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>标记为已接收</translation>
    </message>
    <message>
        <source>The partner has taken the referral on</source>
        <translation>合作方已接收此转介</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为已办结</translation>
    </message>
    <message>
        <source>The partner has helped the person: the referral is closed</source>
        <translation>合作方已为服务对象提供帮助：转介办结</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>标记为已退回</translation>
    </message>
    <message>
        <source>The partner sent it back: write down their reason first</source>
        <translation>合作方已退回：请先填写退回理由</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Withdraw the referral (a manager&apos;s decision, with a reason)</source>
        <translation>撤销此转介（由站长决定，须填写原因）</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>原因或备注</translation>
    </message>
    <message>
        <source>Your role may view referrals but not change them.</source>
        <translation>您的角色可以查看转介，但不能修改。</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>打印转介单…</translation>
    </message>
    <message>
        <source>The referral slip with its return part, for the partner</source>
        <translation>交给合作方的转介单（含回执联）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Referral %1: %2</source>
        <translation>转介 %1：%2</translation>
    </message>
    <message>
        <source>Tracking code %1</source>
        <translation>回执编号 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, retired from the directory</source>
        <translation>%1，已在名录中停用</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>The person agreed to share their data with the partner.</source>
        <translation>本人已同意向合作方提供个人资料。</translation>
    </message>
    <message>
        <source>Sent without the person&apos;s consent on %1&apos;s override. Reason: %2</source>
        <translation>未经本人同意，经 %1 特批转介。原因：%2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，经办人 %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Please write down why the partner returned the referral.</source>
        <translation>请填写合作方退回转介的理由。</translation>
    </message>
    <message>
        <source>Please say why the referral is revoked.</source>
        <translation>请说明撤销转介的原因。</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation>转介单 %1</translation>
    </message>
    <message>
        <source>referral-slip-%1.pdf</source>
        <translation>转介单-%1.pdf</translation>
    </message>
    <message>
        <source>The slip could not be written: %1</source>
        <translation>无法生成转介单：%1</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Tracking code</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>办理天数</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Open for more than %1 days: ask the partner how it goes.</source>
        <translation>已超过 %1 天未办结：请向合作方了解进展。</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Type or scan the code on a returned slip, then Enter</source>
        <translation>输入或扫描回执联上的编号，然后按回车</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the referral with this code (Enter)</source>
        <translation>打开此编号的转介（回车）</translation>
    </message>
    <message>
        <source>Your role may not view referrals or partners.</source>
        <translation>您的角色无权查看转介和合作方。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Partners and resources</source>
        <translation>合作方与资源</translation>
    </message>
    <message>
        <source>Open (sent or accepted)</source>
        <translation>未办结（已转介或已接收）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open the selected referral (Enter or double-click)</source>
        <translation>打开选中的转介（回车或双击）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>No referral has the code %1.</source>
        <translation>没有编号为 %1 的转介。</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <source>Shown: %1 (scroll for more)</source>
        <translation>显示 %1 条（向下滚动查看更多）</translation>
    </message>
    <message>
        <source>%1 open for more than %2 days</source>
        <translation>%1 条超过 %2 天未办结</translation>
    </message>
</context>
<context>
    <name>RegisterLines</name>
    <message>
        <source>Number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>服务期间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Search: name, pinyin initials (zsf), phone or its last 4 digits, ID number or its last 4-6 characters</source>
        <translation>搜索：姓名、拼音首字母（zsf）、手机号或后4位、身份证号或后4-6位</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>登记新人员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>打开选中的人员（回车或双击）</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>Show the full ID number and phone; recorded in the audit log</source>
        <translation>显示完整身份证号和手机号；将记入审计日志</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected person from the registry</source>
        <translation>从人员库中移除选中的人员</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区/村</translation>
    </message>
    <message>
        <source>Matching the filters: %1</source>
        <translation>符合筛选条件：%1 人</translation>
    </message>
    <message>
        <source>People in the registry: %1</source>
        <translation>人员库共 %1 人</translation>
    </message>
    <message>
        <source>Type at least 4 digits of a phone or ID number.</source>
        <translation>手机号或身份证号请至少输入4位。</translation>
    </message>
    <message>
        <source>No one found. Press Ctrl+N to register a new person.</source>
        <translation>未找到。按 Ctrl+N 登记新人员。</translation>
    </message>
    <message>
        <source>The first %1 matches are shown: type more to narrow the search.</source>
        <translation>仅显示前 %1 条结果：请继续输入以缩小范围。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>找到 %1 人</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Remove %1 from the registry? Their past records stay in the history. Please give a reason; it is recorded in the audit log.</source>
        <translation>确定从人员库中移除 %1？其以往记录仍保留在历史中。请填写原因，原因将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ReliefTypesTab</name>
    <message>
        <source>One document per line, e.g. 身份证原件及复印件</source>
        <translation>每行填写一项材料，例如 身份证原件及复印件</translation>
    </message>
    <message>
        <source>Where to apply, how long it takes … (optional)</source>
        <translation>到哪里申请、需要多长时间等（选填）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需带材料</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New relief type</source>
        <translation>新增救助类型</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation>打印告知单…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1 has been saved.</source>
        <translation>%1 已保存。</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Station report (monthly, quarterly)</source>
        <translation>工作站报表（月报、季报）</translation>
    </message>
    <message>
        <source>The period&apos;s figures and charts, compared with the period before and with last year.</source>
        <translation>本期各项数据和图表，并与上期、去年同期对比。</translation>
    </message>
    <message>
        <source>station-report</source>
        <translation>工作站报表</translation>
    </message>
    <message>
        <source>Reception log</source>
        <translation>接待登记台账</translation>
    </message>
    <message>
        <source>Every walk-in: who came, what they needed, how it ended.</source>
        <translation>每一次来访：来访人、诉求、办理结果。</translation>
    </message>
    <message>
        <source>reception-ledger</source>
        <translation>接待登记台账</translation>
    </message>
    <message>
        <source>Home-visit ledger</source>
        <translation>走访台账</translation>
    </message>
    <message>
        <source>Visits to key targets: when, by whom, what was found.</source>
        <translation>重点对象走访：时间、走访人、走访情况。</translation>
    </message>
    <message>
        <source>visit-ledger</source>
        <translation>走访台账</translation>
    </message>
    <message>
        <source>Referral ledger</source>
        <translation>转介台账</translation>
    </message>
    <message>
        <source>Referrals sent to partners and how each ended.</source>
        <translation>转介到合作单位的事项及办理结果。</translation>
    </message>
    <message>
        <source>referral-ledger</source>
        <translation>转介台账</translation>
    </message>
    <message>
        <source>Volunteer-service ledger</source>
        <translation>志愿服务台账</translation>
    </message>
    <message>
        <source>Volunteers&apos; service and their counted hours.</source>
        <translation>志愿者的服务记录和认定时长。</translation>
    </message>
    <message>
        <source>volunteer-ledger</source>
        <translation>志愿服务台账</translation>
    </message>
    <message>
        <source>Training sign-in ledger</source>
        <translation>培训签到台账</translation>
    </message>
    <message>
        <source>Training sessions and who signed in.</source>
        <translation>培训场次及学员签到情况。</translation>
    </message>
    <message>
        <source>training-ledger</source>
        <translation>培训签到台账</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报表语言</translation>
    </message>
    <message>
        <source>This is the district hub: the report rolls up its stations and prints each station&apos;s highlights as that station wrote them.</source>
        <translation>本机是区级中心：报告汇总各站点数据，并按各站点自己填写的内容列出其工作亮点。</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones</source>
        <translation>显示完整身份证号和电话</translation>
    </message>
    <message>
        <source>You will be asked why; each such printout is recorded in the audit log.</source>
        <translation>需填写原因；每次此类打印都会记入操作日志。</translation>
    </message>
    <message>
        <source>ID numbers and phones</source>
        <translation>身份证号和电话</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview, then choose a printer (Ctrl+P)</source>
        <translation>先预览，再选择打印机（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <source>What stood out in this period: events, achievements, problems, plans.</source>
        <translation>本期亮点：重要活动、工作成效、存在问题、下步计划。</translation>
    </message>
    <message>
        <source>Save highlights</source>
        <translation>保存工作亮点</translation>
    </message>
    <message>
        <source>Highlights of the period (printed in the report)</source>
        <translation>本期工作亮点（打印在报表中）</translation>
    </message>
    <message>
        <source>Each period has its own highlights; the report prints them as written.</source>
        <translation>每期的工作亮点单独保存，报表按原文打印。</translation>
    </message>
    <message>
        <source>Only a manager may write the highlights.</source>
        <translation>只有管理员可以填写工作亮点。</translation>
    </message>
    <message>
        <source>Highlights of %1 (printed in the report)</source>
        <translation>%1工作亮点（打印在报表中）</translation>
    </message>
    <message>
        <source>Highlights saved.</source>
        <translation>工作亮点已保存。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>另存为 Excel</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Put the full ID numbers and phones in this ledger? The file and your reason are recorded in the audit log.</source>
        <translation>在此台账中显示完整的身份证号和电话？文件和您填写的原因将记入操作日志。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在生成%1…</translation>
    </message>
    <message>
        <source>%1 rows written; finishing the file…</source>
        <translation>已写入 %1 行，正在完成文件…</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 rows</source>
        <translation>正在生成%1：第 %2 行，共 %3 行</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未生成文件。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show the full ID number and phone of %1? Each viewing is recorded in the audit log.</source>
        <translation>显示 %1 的完整身份证号和手机号？每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>This viewing has been recorded in the audit log. The window closes in a minute.</source>
        <translation>本次查看已记入审计日志。窗口将在一分钟后关闭。</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of the shift</source>
        <translation>班次岗位</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>One role a line: its name, then how many (司机 2).</source>
        <translation>每行一个岗位：先写岗位名称，再写人数（司机 2）。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>New to the registry</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>已在人员库</translation>
    </message>
    <message>
        <source>Already enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Platform number</source>
        <translation>平台编号</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Found by ID number</source>
        <translation>按身份证号找到</translation>
    </message>
    <message>
        <source>Found by name and mobile</source>
        <translation>按姓名和手机号找到</translation>
    </message>
    <message>
        <source>Found by name among the participants</source>
        <translation>按姓名在学员中找到</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Enrol from a roster</source>
        <translation>导入报名名单</translation>
    </message>
    <message>
        <source>From an .xlsx file</source>
        <translation>从 .xlsx 文件导入</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>粘贴名单</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Which column holds what (guessed from the headers; change it if needed):</source>
        <translation>各列对应的内容（已根据表头自动识别，如有误请修改）：</translation>
    </message>
    <message>
        <source>One person a line: name and mobile, optionally the unit, e.g.
王芳 13912345678 当湖街道</source>
        <translation>每行一人：姓名和手机号，可加单位，例如：
王芳 13912345678 当湖街道</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>选择名单文件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Enrol %1 people</source>
        <translation>报名 %1 人</translation>
    </message>
    <message>
        <source>Choose a file or paste a list to see what would be enrolled.</source>
        <translation>请选择文件或粘贴名单，预览将要报名的人员。</translation>
    </message>
    <message>
        <source>%1 people enrolled (%2 newly registered).</source>
        <translation>已报名 %1 人（其中新登记 %2 人）。</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>重复排班…</translation>
    </message>
    <message>
        <source>New shift…</source>
        <translation>新建班次…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Role and volunteers</source>
        <translation>岗位与志愿者</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>安排志愿者…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>移出班次</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Skip this shift</source>
        <translation>取消本班次</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>岗位…</translation>
    </message>
    <message>
        <source>Mark served…</source>
        <translation>补记到岗…</translation>
    </message>
    <message>
        <source>Once the shift is over: tick who served; they wait for a coordinator&apos;s review.</source>
        <translation>班次结束后：勾选到岗的志愿者，记录待审核。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · 今天</translation>
    </message>
    <message>
        <source>%1 · no shift</source>
        <translation>%1 · 无班次</translation>
    </message>
    <message>
        <source>%1 shifts, %2 of %3 places filled</source>
        <translation>共 %1 个班次，名额 %3 个，已安排 %2 个</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>由 %1 改期</translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation>还缺 %1 人</translation>
    </message>
    <message>
        <source>Choose a shift to see who is on it.</source>
        <translation>选择一个班次，查看安排了哪些志愿者。</translation>
    </message>
    <message>
        <source>Restore this shift</source>
        <translation>恢复本班次</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Archive %1? Its shifts stay on the roster.</source>
        <translation>确定归档“%1”？其班次仍保留在排班表上。</translation>
    </message>
    <message>
        <source>Archive activity</source>
        <translation>归档活动</translation>
    </message>
    <message>
        <source>%1 shifts planned.</source>
        <translation>已排 %1 个班次。</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>已跳过：%1。</translation>
    </message>
    <message>
        <source>Choose a volunteer under a role first.</source>
        <translation>请先选中某个岗位下的志愿者。</translation>
    </message>
    <message>
        <source>Take %1 off this shift?</source>
        <translation>确定将 %1 移出本班次？</translation>
    </message>
    <message>
        <source>Skip %1 on %2? The rest of the series stays.</source>
        <translation>确定取消 %2 的“%1”班次？该重复排班的其余班次不受影响。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>取消班次</translation>
    </message>
    <message>
        <source>%1 marked as served; they wait for a coordinator&apos;s review in the hours tab.</source>
        <translation>已补记 %1 人到岗，待在“服务时长”页审核。</translation>
    </message>
    <message>
        <source>%1 already had their hours for this shift.</source>
        <translation>%1 人的本班次时长已有记录。</translation>
    </message>
    <message>
        <source>Volunteer roster</source>
        <translation>志愿者排班表</translation>
    </message>
    <message>
        <source>Save as .xlsx</source>
        <translation>另存为 .xlsx</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Add a series of sessions</source>
        <translation>批量添加场次</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>批量添加</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>On working days</source>
        <translation>每个工作日</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>On the first day&apos;s weekday</source>
        <translation>按第一场的星期几重复</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> 场</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次数</translation>
    </message>
    <message>
        <source>Plan ignoring public holidays (only weekends are known)</source>
        <translation>不考虑法定节假日排期（只避开周末）</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>ServiceLines</name>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑场次</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 people have signed in: the day and time stay.</source>
        <translation>已有 %1 人签到：日期和时间不能再修改。</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>(cancelled) %1</source>
        <translation>（已取消）%1</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>今天的场次</translation>
    </message>
    <message>
        <source>The next session</source>
        <translation>下一场</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Add session…</source>
        <translation>添加场次…</translation>
    </message>
    <message>
        <source>Add one session</source>
        <translation>添加一个场次</translation>
    </message>
    <message>
        <source>Add series…</source>
        <translation>批量添加…</translation>
    </message>
    <message>
        <source>Sessions every week or on working days, public holidays skipped</source>
        <translation>按周或按工作日批量添加场次，自动跳过法定节假日</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the session (Enter)</source>
        <translation>修改场次（回车）</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>取消场次…</translation>
    </message>
    <message>
        <source>The session will not take place</source>
        <translation>该场次不再举行</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>显示已取消</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>共 %1 场</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>场次已添加。</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>场次已保存。</translation>
    </message>
    <message>
        <source>Cancel the session of %1? It stays on record as cancelled.</source>
        <translation>确定取消 %1 的场次？该场次将以“已取消”保留在记录中。</translation>
    </message>
    <message>
        <source>%1 people have signed in to it.</source>
        <translation>已有 %1 人签到。</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled.</source>
        <translation>%1 的场次已取消。</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>取消场次</translation>
    </message>
    <message>
        <source>%1 sessions added.</source>
        <translation>已添加 %1 场。</translation>
    </message>
    <message>
        <source>Public holidays skipped: %1.</source>
        <translation>已跳过法定节假日：%1。</translation>
    </message>
    <message>
        <source>Planned without the holiday calendar: check the dates once it is known.</source>
        <translation>排期时未参考节假日安排：安排公布后请核对日期。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station profile</source>
        <translation>工作站信息</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Need categories</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Relief types</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>Key-target visits</source>
        <translation>重点对象探访</translation>
    </message>
    <message>
        <source>Staff (6430)</source>
        <translation>工作人员（6430）</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务计时</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up StationDesk</source>
        <translation>设置 StationDesk</translation>
    </message>
    <message>
        <source>The station PC&apos;s backup</source>
        <translation>站点电脑的备份</translation>
    </message>
    <message>
        <source>StationDesk backup (*.sqlite3);;All files (*)</source>
        <translation>StationDesk 备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The backup holds the station %1 (%2). This PC&apos;s database becomes a copy of it, and the station&apos;s users sign in here with their own passwords (user accounts: %3).

Join this station?</source>
        <translation>该备份属于站点 %1（%2）。本机数据库将成为它的副本，本站用户用各自的密码在本机登录（用户账户：%3 个）。

加入该站点？</translation>
    </message>
    <message>
        <source>Join a station</source>
        <translation>加入站点</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>New shift</source>
        <translation>新建班次</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ShiftSeriesDialog</name>
    <message>
        <source>New series</source>
        <translation>新建重复排班</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source> week(s), on the first day&apos;s weekday</source>
        <translation> 周，按第一天的星期几重复</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>On working weekdays public holidays are skipped; on weekends the make-up workdays (调休) are skipped.</source>
        <translation>工作日的班次遇法定节假日跳过；周末的班次遇调休上班日跳过。</translation>
    </message>
    <message>
        <source>Plan ignoring public holidays (not known for that year yet)</source>
        <translation>不考虑法定节假日排班（该年安排尚未公布）</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>现场签到（F2）</translation>
    </message>
    <message>
        <source>Self sign-in (kiosk)</source>
        <translation>自助签到模式</translation>
    </message>
    <message>
        <source>Scan, or type a name, initials or a phone&apos;s last 4</source>
        <translation>扫码，或输入姓名、拼音首字母、手机号后4位</translation>
    </message>
    <message>
        <source>Please scan your code</source>
        <translation>请扫码签到</translation>
    </message>
    <message>
        <source>Sign in as a walk-in (F2)</source>
        <translation>登记现场签到（F2）</translation>
    </message>
    <message>
        <source>Several people match. Pick one: arrows or number keys, then Enter; Esc goes back.</source>
        <translation>有多人符合。请用方向键或数字键选择一人，再按回车；按 Esc 返回。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sign in walk-in</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <source>Sign in the selected person</source>
        <translation>为选中人员签到</translation>
    </message>
    <message>
        <source>Not them: sign in as a new walk-in</source>
        <translation>都不是：作为新人员现场签到</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Walk-in: not on the list</source>
        <translation>现场签到：不在名单上的人员</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>签到：%1</translation>
    </message>
    <message>
        <source>%1 %2–%3  %4</source>
        <translation>%1 %2–%3  %4</translation>
    </message>
    <message>
        <source>Signed in %1 / %2
Late %3</source>
        <translation>已签到 %1 / %2
迟到 %3</translation>
    </message>
    <message>
        <source>Arrived (%1)</source>
        <translation>已到（%1）</translation>
    </message>
    <message>
        <source>Not yet arrived (%1)</source>
        <translation>未到（%1）</translation>
    </message>
    <message>
        <source>Not found. Please scan your code again, or ask the staff.</source>
        <translation>未找到。请重新扫码，或咨询工作人员。</translation>
    </message>
    <message>
        <source>Several people match. Please scan your code, or ask the staff.</source>
        <translation>有多人符合。请扫码签到，或咨询工作人员。</translation>
    </message>
    <message>
        <source>Signed in already at %1</source>
        <translation>已于 %1 签到</translation>
    </message>
    <message>
        <source>This person may already be enrolled: %1 %2</source>
        <translation>此人可能已报名：%1 %2</translation>
    </message>
    <message>
        <source>This person may already be registered: %1 %2</source>
        <translation>此人可能已在人员库登记：%1 %2</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>name sounds the same</source>
        <translation>姓名同音</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>in the registry</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>现在签退</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>PIN 须为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <source>Scan your code</source>
        <translation>请扫描签到码</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 seconds.</source>
        <translation>PIN 错误次数过多：请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 错误。</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>持证</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Assistant social worker</source>
        <translation>助理社会工作师</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社会工作师</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>高级社会工作师</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Certified social worker (持证社工)</source>
        <translation>持证社工</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate level</source>
        <translation>证书等级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 has been saved.</source>
        <translation>%1 已保存。</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <source>6430</source>
        <translation>6430</translation>
    </message>
    <message>
        <source>Staffing rule 6430: at least 6 full-time staff, 4 of them certified social workers, and 30 active volunteers (status active, served in the last %1 months).</source>
        <translation>6430 配置标准：专职人员不少于 6 人，其中持证社工不少于 4 人；活跃志愿者不少于 30 人（状态为“正常”，且近 %1 个月内参加过服务）。</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>持证社工</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>%1 %2/%3 %4</source>
        <translation>%1 %2/%3 %4</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>StationDesk has upgraded this database to its new version. A copy of the database as it was before is kept at: %1</source>
        <translation>StationDesk 已将此数据库升级到新版本。升级前的数据库副本保存在：%1</translation>
    </message>
    <message>
        <source>StationDesk cannot start</source>
        <translation>StationDesk 无法启动</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>e.g. 当湖街道社会工作站</source>
        <translation>例如 当湖街道社会工作站</translation>
    </message>
    <message>
        <source>Letters, digits, - and _, e.g. PH-DH</source>
        <translation>字母、数字、- 和 _，例如 PH-DH</translation>
    </message>
    <message>
        <source>Signs the station&apos;s certificates, e.g. 张主任</source>
        <translation>在本站出具的证明上署名，例如 张主任</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>工作站编码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>This file is not a picture StationDesk can read.</source>
        <translation>StationDesk 无法读取此图片文件。</translation>
    </message>
    <message>
        <source>Choose the station logo</source>
        <translation>选择工作站标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your station</source>
        <translation>您的工作站</translation>
    </message>
    <message>
        <source>Welcome to StationDesk. Its name and logo appear on every screen and every printed page.</source>
        <translation>欢迎使用 StationDesk。工作站的名称和标志会出现在每个界面和每张打印页上。</translation>
    </message>
    <message>
        <source>This PC joins a station that already uses StationDesk</source>
        <translation>本机加入已在使用 StationDesk 的站点</translation>
    </message>
    <message>
        <source>Start from the station PC&apos;s backup file… (made there under Settings → Backup). The station&apos;s users then sign in here with their own passwords.</source>
        <translation>从站点电脑的备份文件开始…（在站点电脑的“设置 → 备份”中生成）。本站用户随后用各自的密码在本机登录。</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Only an administrator can change the station profile.</source>
        <translation>只有管理员可以修改工作站信息。</translation>
    </message>
    <message>
        <source>The station profile has been saved.</source>
        <translation>工作站信息已保存。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Please check. Finish creates the station and signs you in.</source>
        <translation>请核对。点击“完成”将创建工作站并为您登录。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>工作站编码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Exchange records with the other PCs of the station and with the district on a USB stick: export a file for a site, import the files you receive.</source>
        <translation>通过 U 盘与本站其他电脑及区级中心交换数据：为对方导出文件，导入收到的文件。</translation>
    </message>
    <message>
        <source>Read only: exporting, importing and resolving conflicts are for staff and administrators.</source>
        <translation>只读：导出、导入和处理冲突仅限工作人员和管理员。</translation>
    </message>
    <message>
        <source>Export a file…</source>
        <translation>导出文件…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Stations&apos; monthly reports</source>
        <translation>各站点月报</translation>
    </message>
    <message>
        <source>The PCs this one exchanges files with. Before the first exchange each side enrols the other with its enrolment file; compare the key fingerprints on both screens.</source>
        <translation>与本机交换文件的电脑。首次交换前，双方用登记文件互相登记，并在两台电脑的屏幕上核对密钥指纹。</translation>
    </message>
    <message>
        <source>This PC&apos;s key fingerprint: %1</source>
        <translation>本机密钥指纹：%1</translation>
    </message>
    <message>
        <source>No site enrolled yet: enrol the station PC, a trainer laptop or the district hub first.</source>
        <translation>尚未登记任何终端：请先登记站点电脑、培训师电脑或区级中心。</translation>
    </message>
    <message>
        <source>Enrol a site…</source>
        <translation>登记终端…</translation>
    </message>
    <message>
        <source>This PC&apos;s enrolment file…</source>
        <translation>本机登记文件…</translation>
    </message>
    <message>
        <source>Show the QR code and fingerprint, or save the file to a stick.</source>
        <translation>显示二维码和指纹，或把文件保存到 U 盘。</translation>
    </message>
    <message>
        <source>Enrolled sites (%1)</source>
        <translation>已登记终端（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Your role does not see the enrolled sites and conflicts.</source>
        <translation>您的角色无权查看已登记终端和冲突。</translation>
    </message>
    <message>
        <source>Scan or paste the code another PC shows, or choose the enrolment file it saved.</source>
        <translation>扫描或粘贴另一台电脑显示的登记码，或选择它保存的登记文件。</translation>
    </message>
    <message>
        <source>Only an administrator enrols sites.</source>
        <translation>只有管理员可以登记终端。</translation>
    </message>
    <message>
        <source>Choose before enrolling with other PCs: the enrolment file tells them what this PC is.</source>
        <translation>请在与其他电脑互相登记之前选择：登记文件会告诉对方本机是什么类型。</translation>
    </message>
    <message>
        <source>This PC is:</source>
        <translation>本机类型：</translation>
    </message>
    <message>
        <source>This PC is now a %1.</source>
        <translation>本机现在是%1。</translation>
    </message>
    <message>
        <source>The PCs enrolled before should enrol this PC again, so that they know.</source>
        <translation>之前已登记本机的电脑应重新登记本机，以便知道这一变化。</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2, station %3). Check that its fingerprint %4 is the one its screen shows.</source>
        <translation>已登记 %1（%2，站点 %3）。请确认其指纹 %4 与对方屏幕显示一致。</translation>
    </message>
    <message>
        <source>Where to write the file (e.g. the USB stick)</source>
        <translation>文件写到哪里（例如 U 盘）</translation>
    </message>
    <message>
        <source>Writing the file for %1…</source>
        <translation>正在为 %1 生成文件…</translation>
    </message>
    <message>
        <source>no changes: that site already has everything</source>
        <translation>无变更：对方已拥有全部数据</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 changes (%2)</source>
        <translation>%1 项变更（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>that site&apos;s key</source>
        <translation>对方密钥</translation>
    </message>
    <message>
        <source>Written for %1: %2
It holds %3, locked with %4. Take it there and import it.</source>
        <translation>已为 %1 生成：%2
包含%3，已用%4加密。请带去对方处导入。</translation>
    </message>
    <message>
        <source>Choose the file received</source>
        <translation>选择收到的文件</translation>
    </message>
    <message>
        <source>Receipt from %1 recorded: the next export for it carries only newer changes.</source>
        <translation>已记录 %1 的回执：下次为其导出时只包含更新的变更。</translation>
    </message>
    <message>
        <source>This receipt from %1 was recorded before: nothing new.</source>
        <translation>%1 的这份回执此前已记录，无新内容。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Please type it again:</source>
        <translation>该口令无法打开文件，请重新输入：</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Please type the passphrase you were told:</source>
        <translation>此文件用口令加密，请输入对方告知的口令：</translation>
    </message>
    <message>
        <source>Importing the file from %1…</source>
        <translation>正在导入来自 %1 的文件…</translation>
    </message>
    <message>
        <source>This file from %1 was imported before: nothing changed.</source>
        <translation>来自 %1 的此文件此前已导入，数据未改变。</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>已导入来自 %1 的数据：%2。</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>无新数据</translation>
    </message>
    <message>
        <source>A receipt for %1 was written: %2 — take it back and import it there.</source>
        <translation>已为 %1 生成回执：%2——请带回对方处导入。</translation>
    </message>
    <message>
        <source>The import is done, but the receipt could not be written: %1</source>
        <translation>导入已完成，但回执未能写入：%1</translation>
    </message>
    <message>
        <source>Some values were changed on both sides: see the Conflicts tab.</source>
        <translation>部分数据在双方都被修改过：请查看“冲突”页。</translation>
    </message>
    <message>
        <source>%1 conflict(s) were resolved on another PC: closed here too.</source>
        <translation>%1 个冲突已在另一台电脑上处理，本机也已关闭。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>TagsTab</name>
    <message>
        <source>New tag, e.g. 空巢老人</source>
        <translation>新标签，例如 空巢老人</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>A retired tag stays on the people who have it, but cannot be given to anyone new.</source>
        <translation>停用的标签仍保留在已有的人员上，但不能再给新的人员。</translation>
    </message>
    <message>
        <source>Only an administrator can change the tags.</source>
        <translation>只有管理员可以修改标签。</translation>
    </message>
    <message>
        <source>The tag %1 has been added.</source>
        <translation>标签 %1 已添加。</translation>
    </message>
</context>
<context>
    <name>TargetHistoryPanel</name>
    <message>
        <source>Visits</source>
        <translation>探访记录</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>尚无探访记录。</translation>
    </message>
    <message>
        <source>Remove visit…</source>
        <translation>删除探访…</translation>
    </message>
    <message>
        <source>Remove a visit logged by mistake (the reason is recorded)</source>
        <translation>删除误登记的探访（原因将被记录）</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>未选择对象</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their visits.</source>
        <translation>在列表中选择一人，查看其探访记录。</translation>
    </message>
    <message>
        <source>%1 since %2 · worker %3</source>
        <translation>%1，自 %2 起 · 责任社工 %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>纳入原因：%1</translation>
    </message>
    <message>
        <source>Exemptions: %1</source>
        <translation>免访：%1</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>删除探访记录</translation>
    </message>
    <message>
        <source>Remove the visit to %1 on %2 (%3)? It no longer counts. The reason is recorded.</source>
        <translation>删除 %2 对 %1 的探访（%3）？删除后不再计入探访率，原因将被记录。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The visit on %1 has been removed.</source>
        <translation>%1 的探访记录已删除。</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Search: name, pinyin initials (wf) or grid</source>
        <translation>搜索：姓名、拼音首字母（wf）或网格</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Enter or double-click: log a visit</source>
        <translation>回车或双击：登记探访</translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation>登记探访…</translation>
    </message>
    <message>
        <source>Log a visit (Enter)</source>
        <translation>登记一次探访（回车）</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>纳入名单…</translation>
    </message>
    <message>
        <source>Put a person on the list (Ctrl+N)</source>
        <translation>将人员纳入重点对象名单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change tier…</source>
        <translation>调整级别…</translation>
    </message>
    <message>
        <source>Visit more or less often</source>
        <translation>调整探访频次</translation>
    </message>
    <message>
        <source>Exempt…</source>
        <translation>免访…</translation>
    </message>
    <message>
        <source>In hospital, away, refused, moved or deceased</source>
        <translation>住院、外出、拒访、迁出或去世</translation>
    </message>
    <message>
        <source>End exemption…</source>
        <translation>结束免访…</translation>
    </message>
    <message>
        <source>The person is back: due again</source>
        <translation>对象已回来：恢复探访</translation>
    </message>
    <message>
        <source>End enrolment…</source>
        <translation>移出名单…</translation>
    </message>
    <message>
        <source>Take the person off the list</source>
        <translation>将此人移出重点对象名单</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>%1 has no exemption to end.</source>
        <translation>%1 没有需要结束的免访。</translation>
    </message>
    <message>
        <source>No key targets match.</source>
        <translation>没有符合条件的重点对象。</translation>
    </message>
    <message>
        <source>No key targets yet.</source>
        <translation>尚无重点对象。</translation>
    </message>
    <message>
        <source>%1 targets, %2 still to visit this period</source>
        <translation>共 %1 名对象，本期还有 %2 人待访</translation>
    </message>
    <message>
        <source>%1 targets, all visited or not due this period</source>
        <translation>共 %1 名对象，本期均已探访或无需探访</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>新建队伍</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 嘉兴学院公益巴士服务队</source>
        <translation>例如 嘉兴学院公益巴士服务队</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>队员数</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>New team…</source>
        <translation>新建队伍…</translation>
    </message>
    <message>
        <source>Set up a team (Ctrl+N)</source>
        <translation>新建志愿者队伍（Ctrl+N）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename or describe the team (F2)</source>
        <translation>修改队伍名称或说明（F2）</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Take the team out of the lists; nothing is removed</source>
        <translation>将队伍移出列表；不会删除任何数据</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>添加队员…</translation>
    </message>
    <message>
        <source>Tick volunteers to add</source>
        <translation>勾选要加入的志愿者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>The volunteer leaves the team today</source>
        <translation>该志愿者从今天起离队</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>设为队长</translation>
    </message>
    <message>
        <source>Make the member a team leader, or not</source>
        <translation>设为队长或取消队长</translation>
    </message>
    <message>
        <source>Show those who left</source>
        <translation>显示已离队的队员</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>共 %1 支队伍</translation>
    </message>
    <message>
        <source>Team created.</source>
        <translation>队伍已创建。</translation>
    </message>
    <message>
        <source>Team saved.</source>
        <translation>队伍已保存。</translation>
    </message>
    <message>
        <source>Members added.</source>
        <translation>队员已添加。</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 已恢复。</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 has left the team.</source>
        <translation>%1 已离队。</translation>
    </message>
    <message>
        <source>%1 is no longer a leader.</source>
        <translation>%1 不再担任队长。</translation>
    </message>
    <message>
        <source>%1 leads the team.</source>
        <translation>%1 已设为队长。</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的队员</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>未选择队伍</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Not a leader</source>
        <translation>取消队长</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline: %1</source>
        <translation>服务记录：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Nothing recorded for this person yet.</source>
        <translation>此人尚无服务记录。</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Course</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>沙龙</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>训练营</translation>
    </message>
    <message>
        <source>Certified social workers</source>
        <translation>持证社工</translation>
    </message>
    <message>
        <source>Community workers</source>
        <translation>社区工作者</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>At least %1% of the sessions</source>
        <translation>出勤不少于场次的 %1%</translation>
    </message>
    <message>
        <source>At least %1 sessions</source>
        <translation>出勤不少于 %1 场</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>尚无场次</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TrainingDoor</name>
    <message>
        <source>Take sign-ins…</source>
        <translation>开始签到…</translation>
    </message>
    <message>
        <source>The sign-in screen for the door: scanner, names, kiosk mode</source>
        <translation>门口签到界面：扫码、姓名查找、自助签到模式</translation>
    </message>
    <message>
        <source>Enter paper sheet…</source>
        <translation>录入纸质签到表…</translation>
    </message>
    <message>
        <source>Mark attendance from the signed paper sheet, row by row</source>
        <translation>根据已签名的纸质签到表逐行登记出勤</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>Enrol people from an .xlsx roster or a pasted list</source>
        <translation>从 .xlsx 名单或粘贴的名单批量报名</translation>
    </message>
    <message>
        <source>Match walk-ins…</source>
        <translation>匹配现场签到…</translation>
    </message>
    <message>
        <source>Match people signed in on the spot to the registry</source>
        <translation>将现场签到的人员与人员库匹配</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>%1 per session</source>
        <translation>每场 %1</translation>
    </message>
    <message>
        <source>Search programmes: name, organiser or trainer</source>
        <translation>搜索培训项目：名称、主办单位或培训师</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>新建培训项目…</translation>
    </message>
    <message>
        <source>Set up a course, salon, lecture or camp (Ctrl+N)</source>
        <translation>新建培训班、沙龙、讲座或训练营（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the programme (F2)</source>
        <translation>修改培训项目（F2）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Take a finished programme out of the list; nothing is removed</source>
        <translation>将已结束的培训项目移出列表；不会删除任何数据</translation>
    </message>
    <message>
        <source>Enter: go to the programme&apos;s sessions</source>
        <translation>回车：进入该培训项目的场次</translation>
    </message>
    <message>
        <source>Your role may not view training programmes.</source>
        <translation>您的角色无权查看培训项目。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>共 %1 个培训项目</translation>
    </message>
    <message>
        <source>(%1 archived)</source>
        <translation>（其中 %1 个已归档）</translation>
    </message>
    <message>
        <source>Programme created: %1.</source>
        <translation>已新建培训项目：%1。</translation>
    </message>
    <message>
        <source>Programme saved: %1.</source>
        <translation>已保存培训项目：%1。</translation>
    </message>
    <message>
        <source>%1 is back in the list.</source>
        <translation>%1 已恢复到列表中。</translation>
    </message>
    <message>
        <source>%1 is archived.</source>
        <translation>%1 已归档。</translation>
    </message>
    <message>
        <source>No programme chosen</source>
        <translation>未选择培训项目</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>TrainingPrinting</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sign-in sheet of the session…</source>
        <translation>本场签到表…</translation>
    </message>
    <message>
        <source>Attendance of the session…</source>
        <translation>本场考勤记录…</translation>
    </message>
    <message>
        <source>Attendance of the programme…</source>
        <translation>培训考勤汇总表…</translation>
    </message>
    <message>
        <source>Sign-in sheet as .xlsx…</source>
        <translation>签到表导出为 .xlsx…</translation>
    </message>
    <message>
        <source>Attendance of the session as .xlsx…</source>
        <translation>本场考勤记录导出为 .xlsx…</translation>
    </message>
    <message>
        <source>Attendance of the programme as .xlsx…</source>
        <translation>考勤汇总表导出为 .xlsx…</translation>
    </message>
    <message>
        <source>Badges with QR codes…</source>
        <translation>胸牌（带二维码）…</translation>
    </message>
    <message>
        <source>Table cards…</source>
        <translation>桌牌…</translation>
    </message>
    <message>
        <source>Certificates for those who completed…</source>
        <translation>结业证书（发给已结业学员）…</translation>
    </message>
    <message>
        <source>Certificate register…</source>
        <translation>证书登记簿…</translation>
    </message>
    <message>
        <source>Continuing-education record (assistant social worker, 72 h)…</source>
        <translation>继续教育学时证明（助理社会工作师，72 学时）…</translation>
    </message>
    <message>
        <source>Continuing-education record (social worker, 90 h)…</source>
        <translation>继续教育学时证明（社会工作师，90 学时）…</translation>
    </message>
    <message>
        <source>Certificate register as .xlsx…</source>
        <translation>证书登记簿导出为 .xlsx…</translation>
    </message>
    <message>
        <source>Continuing-education record as .xlsx (assistant social worker)…</source>
        <translation>继续教育学时证明另存为 .xlsx（助理社会工作师）…</translation>
    </message>
    <message>
        <source>Continuing-education record as .xlsx (social worker)…</source>
        <translation>继续教育学时证明另存为 .xlsx（社会工作师）…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>signin-sheet.pdf</source>
        <translation>签到表.pdf</translation>
    </message>
    <message>
        <source>Attendance of the session</source>
        <translation>培训考勤记录</translation>
    </message>
    <message>
        <source>session-attendance.pdf</source>
        <translation>培训考勤记录.pdf</translation>
    </message>
    <message>
        <source>Attendance of the programme</source>
        <translation>培训考勤汇总表</translation>
    </message>
    <message>
        <source>programme-attendance.pdf</source>
        <translation>培训考勤汇总表.pdf</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>胸牌</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>桌牌</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>胸牌.pdf</translation>
    </message>
    <message>
        <source>table-cards.pdf</source>
        <translation>桌牌.pdf</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>结业证书.pdf</translation>
    </message>
    <message>
        <source>%1 new certificates issued: %2.</source>
        <translation>新发放结业证书 %1 份：%2。</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>证书登记簿</translation>
    </message>
    <message>
        <source>certificate-register.pdf</source>
        <translation>证书登记簿.pdf</translation>
    </message>
    <message>
        <source>Continuing-education record</source>
        <translation>继续教育学时证明</translation>
    </message>
    <message>
        <source>continuing-education.pdf</source>
        <translation>继续教育学时证明.pdf</translation>
    </message>
    <message>
        <source>Save as .xlsx</source>
        <translation>另存为 .xlsx</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>signin-sheet.xlsx</source>
        <translation>签到表.xlsx</translation>
    </message>
    <message>
        <source>session-attendance.xlsx</source>
        <translation>培训考勤记录.xlsx</translation>
    </message>
    <message>
        <source>certificate-register.xlsx</source>
        <translation>证书登记簿.xlsx</translation>
    </message>
    <message>
        <source>continuing-education.xlsx</source>
        <translation>继续教育学时证明.xlsx</translation>
    </message>
    <message>
        <source>programme-attendance.xlsx</source>
        <translation>培训考勤汇总表.xlsx</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Edit a user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Lift login lock</source>
        <translation>解除登录锁定</translation>
    </message>
    <message>
        <source>A user locked after repeated wrong passwords can sign in again once the lock is lifted.</source>
        <translation>因多次输错密码而被锁定的用户，在解除锁定后可以再次登录。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以再次登录了。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log visit</source>
        <translation>登记探访</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>保存探访</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>探访方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>探访人</translation>
    </message>
    <message>
        <source>Who came along: a grid worker, a volunteer ...</source>
        <translation>同行人员：网格员、志愿者…</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <source>What was found: health, home, needs, mood</source>
        <translation>了解到的情况：健康、居住、需求、情绪</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>了解情况</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>下一步要做的事</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>探访人</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>了解情况</translation>
    </message>
    <message>
        <source>%1
With: %2</source>
        <translation>%1
同行：%2</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1（不计入）</translation>
    </message>
</context>
<context>
    <name>VisitMethodsEditor</name>
    <message>
        <source>Counts as a visit</source>
        <translation>计入探访</translation>
    </message>
    <message>
        <source>New method, e.g. 微信视频</source>
        <translation>新的探访方式，例如 微信视频</translation>
    </message>
    <message>
        <source>Add method</source>
        <translation>添加方式</translation>
    </message>
    <message>
        <source>The method %1 has been added; it counts as a visit.</source>
        <translation>探访方式 %1 已添加，计入探访。</translation>
    </message>
    <message>
        <source>Only visits made by a counting method count towards the visit rate. Changing it changes the rate of past periods too. A retired method stays on the visits recorded with it.</source>
        <translation>只有用“计入探访”的方式进行的探访才计入探访率。修改此项也会改变以往各期的探访率。停用的方式仍保留在已登记的探访记录上。</translation>
    </message>
    <message>
        <source>Only an administrator can change the visit methods.</source>
        <translation>只有管理员可以修改探访方式。</translation>
    </message>
    <message>
        <source>%1 — not counted</source>
        <translation>%1 — 不计入</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未探访</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Working or staying away</source>
        <translation>外出务工或在外居住</translation>
    </message>
    <message>
        <source>Refused visits</source>
        <translation>拒绝探访</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已去世</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Risk raised</source>
        <translation>风险升高</translation>
    </message>
    <message>
        <source>Risk cleared</source>
        <translation>风险解除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1（不计入）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>%1-W%2</source>
        <translation>%1年第%2周</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1-Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Nobody due</source>
        <translation>无应访对象</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>A target is due one visit in each period of its tier&apos;s cadence; see the coverage view.</source>
        <translation>每名对象在其级别规定的每个周期内应探访一次；详见“探访情况”。</translation>
    </message>
    <message>
        <source>How often each tier is visited</source>
        <translation>各级别探访频次</translation>
    </message>
    <message>
        <source>Visit methods</source>
        <translation>探访方式</translation>
    </message>
    <message>
        <source>Saved. The coverage view counts with the new cadence.</source>
        <translation>已保存。“探访情况”将按新的频次统计。</translation>
    </message>
</context>
<context>
    <name>VolunteerChoices</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Person *</source>
        <translation>人员 *</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · 签到码 %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>e.g. 嘉兴学院青年志愿者协会, 爱心企业</source>
        <translation>例如 嘉兴学院青年志愿者协会、爱心企业</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>e.g. 驾驶、急救、摄影</source>
        <translation>例如 驾驶、急救、摄影</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>e.g. 周三下午、周末</source>
        <translation>例如 周三下午、周末</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可服务时间</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>全国志愿服务信息系统 number, if any</source>
        <translation>全国志愿服务信息系统编号（如有）</translation>
    </message>
    <message>
        <source>Platform number</source>
        <translation>平台编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VolunteerImportDialog</name>
    <message>
        <source>Import volunteers from a roster</source>
        <translation>从名单导入志愿者</translation>
    </message>
    <message>
        <source>Add %1 volunteers</source>
        <translation>添加 %1 名志愿者</translation>
    </message>
    <message>
        <source>Add volunteers</source>
        <translation>添加志愿者</translation>
    </message>
    <message>
        <source>%1 volunteers added (%2 newly registered).</source>
        <translation>已添加志愿者 %1 人（其中新登记 %2 人）。</translation>
    </message>
    <message>
        <source>Choose a file or paste a list to see who would become a volunteer.</source>
        <translation>请选择文件或粘贴名单，预览将成为志愿者的人员。</translation>
    </message>
</context>
<context>
    <name>VolunteerList</name>
    <message>
        <source>Search volunteers: name, pinyin initials, phone tail, code or organisation</source>
        <translation>搜索志愿者：姓名、拼音首字母、手机尾号、签到码或所属单位</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>New volunteer…</source>
        <translation>新增志愿者…</translation>
    </message>
    <message>
        <source>Make a registry person a volunteer (Ctrl+N)</source>
        <translation>将人员库中的人员登记为志愿者（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the profile (F2)</source>
        <translation>修改志愿者资料（F2）</translation>
    </message>
    <message>
        <source>Active, paused or left (the history stays)</source>
        <translation>正常、暂停或已退出（服务记录保留）</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>Volunteers from an .xlsx roster: preview first, nothing is written until you confirm</source>
        <translation>从 .xlsx 名单导入志愿者：先预览，确认后才会写入</translation>
    </message>
    <message>
        <source>Volunteer cards</source>
        <translation>志愿者服务卡</translation>
    </message>
    <message>
        <source>Cards with the QR code the desk&apos;s scanner reads, 8 a page</source>
        <translation>带二维码的服务卡，签到台扫码即可签到；每页 8 张</translation>
    </message>
    <message>
        <source>Card of the chosen volunteer…</source>
        <translation>打印选中志愿者的服务卡…</translation>
    </message>
    <message>
        <source>Cards of the volunteers shown…</source>
        <translation>打印列表中志愿者的服务卡…</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>共 %1 名志愿者</translation>
    </message>
    <message>
        <source>%1 is now a volunteer.</source>
        <translation>%1 已成为志愿者。</translation>
    </message>
    <message>
        <source>Profile saved: %1.</source>
        <translation>已保存资料：%1。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 的状态已改为“%2”。</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>全部队伍</translation>
    </message>
    <message>
        <source>volunteer-cards.pdf</source>
        <translation>志愿者服务卡.pdf</translation>
    </message>
</context>
<context>
    <name>VolunteerPreviewModel</name>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
</context>
<context>
    <name>VolunteerRoster</name>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>make-up workday (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is already on %2 at %3.</source>
        <translation>%1 在 %3 已有“%2”的班次。</translation>
    </message>
    <message>
        <source>%1 would have %2 of %3 places taken.</source>
        <translation>岗位 %1 安排后将有 %2 人，名额只有 %3 个。</translation>
    </message>
    <message>
        <source>New to the registry</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>已在人员库</translation>
    </message>
    <message>
        <source>Already a volunteer</source>
        <translation>已是志愿者</translation>
    </message>
    <message>
        <source>roster-%1</source>
        <translation>排班表-%1</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>所属队伍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>特长：%1</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Your role may not view volunteers.</source>
        <translation>您的角色无权查看志愿者。</translation>
    </message>
</context>
<context>
    <name>WalkInDayModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>WalkInMatchDialog</name>
    <message>
        <source>Match walk-ins to the registry</source>
        <translation>现场签到人员与人员库匹配</translation>
    </message>
    <message>
        <source>Match to the selected person</source>
        <translation>匹配到选中人员</translation>
    </message>
    <message>
        <source>Register as a new person</source>
        <translation>登记为新人员</translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation>撤销匹配</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Who this walk-in may be</source>
        <translation>此现场签到人员可能是</translation>
    </message>
    <message>
        <source>Walk-ins not matched yet (%1)</source>
        <translation>尚未匹配的现场签到人员（%1）</translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation>已匹配（%1）</translation>
    </message>
    <message>
        <source>Likely the same person: %1 %2</source>
        <translation>很可能是同一人：%1 %2</translation>
    </message>
    <message>
        <source>That participant is a walk-in too: match them to the registry first.</source>
        <translation>该学员也是现场签到人员：请先将其与人员库匹配。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Already registered: %1. Register a new person anyway?</source>
        <translation>已有登记：%1。仍要登记为新人员吗？</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然登记</translation>
    </message>
</context>
<context>
    <name>WalkInModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>签到场次</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>匹配到</translation>
    </message>
    <message>
        <source>merged into their enrolment</source>
        <translation>已并入其报名记录</translation>
    </message>
    <message>
        <source>their enrolment now</source>
        <translation>已转为其报名</translation>
    </message>
</context>
<context>
    <name>WorkerCombo</name>
    <message>
        <source>%1 (me)</source>
        <translation>%1（我）</translation>
    </message>
</context>
<context>
    <name>_SessionForm</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>e.g. 当湖街道社会工作站三楼会议室</source>
        <translation>例如 当湖街道社会工作站三楼会议室</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source> min after the start</source>
        <translation> 分钟（从开始时计）</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到时限</translation>
    </message>
    <message>
        <source>Counts other than the programme&apos;s %1:</source>
        <translation>不按培训项目默认的 %1 计算，改为：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
</context>
<context>
    <name>_ShiftTimesForm</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>拒绝登录：账户已锁定</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>屏幕解锁</translation>
    </message>
    <message>
        <source>Wrong password at the screen lock</source>
        <translation>锁屏时密码错误</translation>
    </message>
    <message>
        <source>Refused: not allowed for the role</source>
        <translation>拒绝：角色无此权限</translation>
    </message>
    <message>
        <source>Station set up</source>
        <translation>创建工作站</translation>
    </message>
    <message>
        <source>Station profile changed</source>
        <translation>修改工作站信息</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User or role changed</source>
        <translation>修改用户或角色</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Login lock lifted</source>
        <translation>解除登录锁定</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag retired</source>
        <translation>停用标签</translation>
    </message>
    <message>
        <source>Tag restored</source>
        <translation>恢复标签</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Saved despite a possible duplicate</source>
        <translation>疑似重复仍保存</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Full ID number or phone shown</source>
        <translation>查看完整身份证号或手机号</translation>
    </message>
    <message>
        <source>Demo station built</source>
        <translation>生成演示工作站</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Referral slip printed</source>
        <translation>打印转介单</translation>
    </message>
    <message>
        <source>Key-target enrolment removed</source>
        <translation>删除重点对象登记</translation>
    </message>
    <message>
        <source>Home visit removed</source>
        <translation>删除探访记录</translation>
    </message>
    <message>
        <source>Visit cadence of a tier changed</source>
        <translation>修改级别探访频次</translation>
    </message>
    <message>
        <source>Visit method changed</source>
        <translation>修改探访方式</translation>
    </message>
    <message>
        <source>Relief type added</source>
        <translation>添加救助类型</translation>
    </message>
    <message>
        <source>Relief type changed</source>
        <translation>修改救助类型</translation>
    </message>
    <message>
        <source>Relief type retired</source>
        <translation>停用救助类型</translation>
    </message>
    <message>
        <source>Relief type restored</source>
        <translation>恢复救助类型</translation>
    </message>
    <message>
        <source>Visit coverage report printed</source>
        <translation>打印探访情况报表</translation>
    </message>
    <message>
        <source>Training sign-in sheet or attendance printed</source>
        <translation>打印培训签到表或考勤记录</translation>
    </message>
    <message>
        <source>Training list exported as a spreadsheet</source>
        <translation>导出培训表格</translation>
    </message>
    <message>
        <source>Volunteer roster printed</source>
        <translation>打印志愿者排班表</translation>
    </message>
    <message>
        <source>Volunteer roster exported as a spreadsheet</source>
        <translation>导出志愿者排班表</translation>
    </message>
    <message>
        <source>Ledger printed</source>
        <translation>打印台账</translation>
    </message>
    <message>
        <source>Ledger exported as a spreadsheet</source>
        <translation>台账导出为电子表格</translation>
    </message>
    <message>
        <source>Station report printed</source>
        <translation>打印工作站报表</translation>
    </message>
    <message>
        <source>Station report exported as a spreadsheet</source>
        <translation>导出工作站报表（表格）</translation>
    </message>
    <message>
        <source>Station report highlights written</source>
        <translation>填写站点报告工作亮点</translation>
    </message>
    <message>
        <source>Copied database given a site id of its own</source>
        <translation>复制的数据库已获得新的终端标识</translation>
    </message>
    <message>
        <source>Sync enrolment file written</source>
        <translation>生成同步登记文件</translation>
    </message>
    <message>
        <source>Site enrolled for sync</source>
        <translation>登记同步终端</translation>
    </message>
    <message>
        <source>Sync bundle exported</source>
        <translation>导出同步数据包</translation>
    </message>
    <message>
        <source>Sync bundle imported</source>
        <translation>导入同步数据包</translation>
    </message>
    <message>
        <source>Sync receipt imported</source>
        <translation>导入同步回执</translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>This PC joined its station from the station PC&apos;s backup</source>
        <translation>本机从站点电脑的备份加入站点</translation>
    </message>
    <message>
        <source>Training roster imported</source>
        <translation>导入培训名单</translation>
    </message>
    <message>
        <source>Training walk-in matched to a person</source>
        <translation>匹配培训现场签到人员</translation>
    </message>
    <message>
        <source>Training walk-in match undone</source>
        <translation>撤销培训现场签到匹配</translation>
    </message>
    <message>
        <source>Volunteer roster imported</source>
        <translation>导入志愿者名单</translation>
    </message>
    <message>
        <source>Volunteer cards printed</source>
        <translation>打印志愿者服务卡</translation>
    </message>
    <message>
        <source>Need category added</source>
        <translation>添加需求类别</translation>
    </message>
    <message>
        <source>Need category renamed</source>
        <translation>重命名需求类别</translation>
    </message>
    <message>
        <source>Need category retired</source>
        <translation>停用需求类别</translation>
    </message>
    <message>
        <source>Need category restored</source>
        <translation>恢复需求类别</translation>
    </message>
    <message>
        <source>Walk-in removed</source>
        <translation>删除接待记录</translation>
    </message>
    <message>
        <source>Follow-up completed</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <source>Follow-up handed to another user</source>
        <translation>移交跟进</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>添加合作方</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>修改合作方</translation>
    </message>
    <message>
        <source>Partner retired</source>
        <translation>停用合作方</translation>
    </message>
    <message>
        <source>Partner restored</source>
        <translation>恢复合作方</translation>
    </message>
    <message>
        <source>Referral sent: data shared with a partner</source>
        <translation>转介：向合作方提供资料</translation>
    </message>
    <message>
        <source>Referral sent on a manager&apos;s override</source>
        <translation>经站长特批转介</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>转介状态变更</translation>
    </message>
    <message>
        <source>Referral revoked</source>
        <translation>撤销转介</translation>
    </message>
    <message>
        <source>Completion certificate issued</source>
        <translation>发放结业证书</translation>
    </message>
    <message>
        <source>Completion certificate voided</source>
        <translation>作废结业证书</translation>
    </message>
    <message>
        <source>Certificates or certificate register printed</source>
        <translation>打印结业证书或证书登记簿</translation>
    </message>
    <message>
        <source>Participant badges printed</source>
        <translation>打印学员胸牌/桌牌</translation>
    </message>
    <message>
        <source>Continuing-education ledger printed</source>
        <translation>打印继续教育学时证明</translation>
    </message>
    <message>
        <source>Volunteer-service certificate issued</source>
        <translation>出具志愿服务记录证明</translation>
    </message>
    <message>
        <source>Volunteer-service certificate voided</source>
        <translation>作废志愿服务记录证明</translation>
    </message>
    <message>
        <source>Volunteer-service certificate or register printed</source>
        <translation>打印志愿服务记录证明或登记簿</translation>
    </message>
    <message>
        <source>Volunteer-hours public notice list printed</source>
        <translation>打印志愿服务时长公示名单</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份证号应为18位，这里是 %1 位。</translation>
    </message>
    <message>
        <source>The ID number has a wrong character at position %1.</source>
        <translation>身份证号第 %1 位的字符有误。</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character should be %1: please check for a typo.</source>
        <translation>身份证号最后一位应为 %1：请检查是否输错。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>身份证号中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is in the future.</source>
        <translation>身份证号中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The area code %1 at the start of the ID number does not exist.</source>
        <translation>身份证号开头的地区码 %1 不存在。</translation>
    </message>
    <message>
        <source>Please enter an 11-digit mobile number starting with 13-19.</source>
        <translation>请输入以13-19开头的11位手机号。</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>姓名太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Please choose the sex.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>This person no longer exists in the registry.</source>
        <translation>人员库中已没有此人。</translation>
    </message>
    <message>
        <source>%1 people like this are already registered.</source>
        <translation>已有 %1 位相似的人员登记在册。</translation>
    </message>
    <message>
        <source>This field cannot be revealed.</source>
        <translation>此字段不能显示。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Your role may not do this. The attempt has been recorded.</source>
        <translation>您的角色无权进行此操作。本次尝试已被记录。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed attempts: please wait %1 seconds, or ask an administrator.</source>
        <translation>失败次数过多：请等待 %1 秒，或联系管理员。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A user name cannot be empty or contain spaces.</source>
        <translation>用户名不能为空，也不能包含空格。</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>此用户已不存在。</translation>
    </message>
    <message>
        <source>The station needs at least one active administrator.</source>
        <translation>工作站至少需要一位启用的管理员。</translation>
    </message>
    <message>
        <source>This station has already been set up.</source>
        <translation>此工作站已经设置过了。</translation>
    </message>
    <message>
        <source>Please enter the station&apos;s name.</source>
        <translation>请输入工作站名称。</translation>
    </message>
    <message>
        <source>The station code may hold only letters, digits, - and _.</source>
        <translation>工作站编码只能包含字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 KB).</source>
        <translation>标志图片太大（最大 %1 KB）。</translation>
    </message>
    <message>
        <source>The station profile is missing.</source>
        <translation>缺少工作站信息。</translation>
    </message>
    <message>
        <source>The name of the person in charge may have at most %1 characters.</source>
        <translation>负责人姓名最多 %1 个字。</translation>
    </message>
    <message>
        <source>A tag name needs 1 to 32 characters.</source>
        <translation>标签名称需要1到32个字。</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>标签 %1 已存在。</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>此标签已不存在。</translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation>不支持此语言。</translation>
    </message>
    <message>
        <source>The idle lock must be between %1 and %2 minutes.</source>
        <translation>锁屏时间须在 %1 到 %2 分钟之间。</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be backed up this way.</source>
        <translation>只有 SQLite 数据库文件可以这样备份。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>The file %1 is not a StationDesk database.</source>
        <translation>文件 %1 不是 StationDesk 数据库。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>无法读取数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>StationDesk cannot use a %1 database yet: please use a SQLite file.</source>
        <translation>StationDesk 暂不支持 %1 数据库：请使用 SQLite 文件。</translation>
    </message>
    <message>
        <source>Please pick a person, or mark the visitor anonymous with sex and age band.</source>
        <translation>请选择来访人，或标记为匿名并填写性别和年龄段。</translation>
    </message>
    <message>
        <source>Please tick at least one need.</source>
        <translation>请至少勾选一项需求。</translation>
    </message>
    <message>
        <source>Please choose the outcome.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <source>The arrival time is in the future.</source>
        <translation>来访时间晚于现在。</translation>
    </message>
    <message>
        <source>An anonymous visitor cannot be referred: please pick or register the person.</source>
        <translation>匿名来访不能转介：请选择或登记来访人。</translation>
    </message>
    <message>
        <source>A referred walk-in needs the referral&apos;s partner and need.</source>
        <translation>转介需要填写合作方和需求。</translation>
    </message>
    <message>
        <source>The need %1 is no longer in use.</source>
        <translation>需求类别 %1 已停用。</translation>
    </message>
    <message>
        <source>The owner must be an active user who may record reception work.</source>
        <translation>负责人必须是可以登记接待工作的在用用户。</translation>
    </message>
    <message>
        <source>Please say why the walk-in is removed.</source>
        <translation>请说明删除这条接待记录的原因。</translation>
    </message>
    <message>
        <source>This walk-in no longer exists.</source>
        <translation>这条接待记录已不存在。</translation>
    </message>
    <message>
        <source>A follow-up needs an owner who may record reception work.</source>
        <translation>跟进需要一位可以登记接待工作的负责人。</translation>
    </message>
    <message>
        <source>Please enter the follow-up&apos;s due date.</source>
        <translation>请填写跟进的截止日期。</translation>
    </message>
    <message>
        <source>The follow-up&apos;s due date is in the past.</source>
        <translation>跟进的截止日期早于今天。</translation>
    </message>
    <message>
        <source>Please say what was done.</source>
        <translation>请说明做了什么。</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>这项跟进已经完成。</translation>
    </message>
    <message>
        <source>This follow-up needs a person.</source>
        <translation>这项跟进需要指定来访人。</translation>
    </message>
    <message>
        <source>The follow-up and its walk-in are of different people.</source>
        <translation>跟进与其接待记录不是同一个人。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>这项跟进已不存在。</translation>
    </message>
    <message>
        <source>Please say what the person needs from the partner.</source>
        <translation>请说明需要合作方提供的帮助。</translation>
    </message>
    <message>
        <source>The need is too long (at most %1 characters).</source>
        <translation>需求太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The override reason is too long (at most %1 characters).</source>
        <translation>特批原因太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The person&apos;s consent to share their data is required.</source>
        <translation>需要本人同意提供个人资料。</translation>
    </message>
    <message>
        <source>Sending without consent needs a reason.</source>
        <translation>未获同意而转介，需要说明原因。</translation>
    </message>
    <message>
        <source>The partner %1 is no longer in the directory&apos;s use.</source>
        <translation>合作方 %1 已停用。</translation>
    </message>
    <message>
        <source>The referral and its walk-in are of different people.</source>
        <translation>转介与其接待记录不是同一个人。</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>只有站长可以这样做。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>这条转介已不存在。</translation>
    </message>
    <message>
        <source>This is not a referral tracking code.</source>
        <translation>这不是转介回执编号。</translation>
    </message>
    <message>
        <source>The tracking code has a typo: please check it.</source>
        <translation>回执编号有误：请核对。</translation>
    </message>
    <message>
        <source>This step is not possible from the referral&apos;s present status.</source>
        <translation>转介当前的状态下不能进行这一步。</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>原因太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>该合作方已不存在。</translation>
    </message>
    <message>
        <source>Please enter the partner&apos;s name.</source>
        <translation>请输入合作方名称。</translation>
    </message>
    <message>
        <source>Please choose what kind of partner this is.</source>
        <translation>请选择合作方类型。</translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation>%1 已在合作方名录中。</translation>
    </message>
    <message>
        <source>The contact&apos;s name is too long (at most %1 characters).</source>
        <translation>联系人姓名太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The phone is too long (at most %1 characters).</source>
        <translation>联系电话太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>地址太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>What the partner provides is too long (at most %1 characters).</source>
        <translation>提供服务一栏太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>A need&apos;s name needs 1 to %1 characters.</source>
        <translation>需求类别名称需要1到 %1 个字。</translation>
    </message>
    <message>
        <source>The need %1 already exists.</source>
        <translation>需求类别 %1 已存在。</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>该需求类别已不存在。</translation>
    </message>
    <message>
        <source>Please choose the person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>Please choose a tier.</source>
        <translation>请选择级别。</translation>
    </message>
    <message>
        <source>Please say why the person is a key target.</source>
        <translation>请说明此人列为重点对象的原因。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>备注太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The worker must be an active user who may record reception work.</source>
        <translation>责任社工必须是可以登记接待工作的在用用户。</translation>
    </message>
    <message>
        <source>Please enter the start date.</source>
        <translation>请填写开始日期。</translation>
    </message>
    <message>
        <source>The start date is in the future.</source>
        <translation>开始日期晚于今天。</translation>
    </message>
    <message>
        <source>Please enter the end date.</source>
        <translation>请填写结束日期。</translation>
    </message>
    <message>
        <source>The end date is in the future.</source>
        <translation>结束日期晚于今天。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>This person is already a key target at that time.</source>
        <translation>此人在该时间已是重点对象。</translation>
    </message>
    <message>
        <source>This enrolment has already ended.</source>
        <translation>此人已移出名单。</translation>
    </message>
    <message>
        <source>The person already has this tier.</source>
        <translation>此人已是该级别。</translation>
    </message>
    <message>
        <source>The change must fall after the enrolment&apos;s start and before its end.</source>
        <translation>调整日期须在纳入日期之后、移出日期之前。</translation>
    </message>
    <message>
        <source>Please choose why the visits are excused.</source>
        <translation>请选择免访原因。</translation>
    </message>
    <message>
        <source>The exemption must start while the person is enrolled.</source>
        <translation>免访开始日期须在此人在册期间。</translation>
    </message>
    <message>
        <source>Please say why it is removed.</source>
        <translation>请说明删除原因。</translation>
    </message>
    <message>
        <source>This key-target enrolment no longer exists.</source>
        <translation>这条重点对象登记已不存在。</translation>
    </message>
    <message>
        <source>This exemption no longer exists.</source>
        <translation>这条免访记录已不存在。</translation>
    </message>
    <message>
        <source>Please enter the date of the visit.</source>
        <translation>请填写探访日期。</translation>
    </message>
    <message>
        <source>The visit date is in the future.</source>
        <translation>探访日期晚于今天。</translation>
    </message>
    <message>
        <source>The visit date falls outside the person&apos;s time on the key-target list.</source>
        <translation>探访日期不在此人列为重点对象的期间内。</translation>
    </message>
    <message>
        <source>Please choose how the visit was made.</source>
        <translation>请选择探访方式。</translation>
    </message>
    <message>
        <source>The visitor must be an active user who may record reception work.</source>
        <translation>探访人必须是可以登记接待工作的在用用户。</translation>
    </message>
    <message>
        <source>The companions are too long (at most %1 characters).</source>
        <translation>同行人员太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Please choose how the risk changed.</source>
        <translation>请选择风险变化情况。</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>这条探访记录已不存在。</translation>
    </message>
    <message>
        <source>This is not a whole calendar week, month or quarter.</source>
        <translation>这不是一个完整的自然周、自然月或季度。</translation>
    </message>
    <message>
        <source>The tier %1 has no visit cadence: please set one in the settings.</source>
        <translation>级别“%1”尚未设置探访频次：请在设置中设置。</translation>
    </message>
    <message>
        <source>Please enter the programme&apos;s name.</source>
        <translation>请输入培训项目名称。</translation>
    </message>
    <message>
        <source>Please choose the type of programme.</source>
        <translation>请选择培训项目类型。</translation>
    </message>
    <message>
        <source>Unknown target group.</source>
        <translation>未知的培训对象类别。</translation>
    </message>
    <message>
        <source>The time a session counts must be from 0 to 24 hours.</source>
        <translation>每场计入的学时须在 0 到 24 之间。</translation>
    </message>
    <message>
        <source>The organiser is too long (at most %1 characters).</source>
        <translation>主办单位太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The trainers are too long (at most %1 characters).</source>
        <translation>培训师一栏太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The share of sessions must be from 1 to 100 percent.</source>
        <translation>出勤比例须在 1% 到 100% 之间。</translation>
    </message>
    <message>
        <source>At least one session must be required.</source>
        <translation>结业条件至少为出勤 1 场。</translation>
    </message>
    <message>
        <source>The public holidays of %1 are not known yet (they are announced in the autumn before).</source>
        <translation>%1 年的法定节假日安排尚未公布（通常在前一年秋季公布）。</translation>
    </message>
    <message>
        <source>Repeat every 1 week or more.</source>
        <translation>重复间隔至少为 1 周。</translation>
    </message>
    <message>
        <source>A series has from 1 to %1 sessions.</source>
        <translation>批量添加的场次须为 1 到 %1 场。</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>该培训项目已不存在。</translation>
    </message>
    <message>
        <source>This session no longer exists or was cancelled.</source>
        <translation>该场次已不存在或已取消。</translation>
    </message>
    <message>
        <source>Please enter the session&apos;s day, start and end.</source>
        <translation>请填写场次的日期、开始时间和结束时间。</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>场次的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The capacity must be at least 1, or left empty.</source>
        <translation>名额至少为 1，或设为不限。</translation>
    </message>
    <message>
        <source>Late after 0 to 240 minutes from the start.</source>
        <translation>迟到时限须为开始后 0 到 240 分钟。</translation>
    </message>
    <message>
        <source>The venue is too long (at most %1 characters).</source>
        <translation>地点太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The trainer is too long (at most %1 characters).</source>
        <translation>培训师姓名太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The topic is too long (at most %1 characters).</source>
        <translation>主题太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>A cancelled session cannot be changed.</source>
        <translation>已取消的场次不能修改。</translation>
    </message>
    <message>
        <source>%1 people have signed in to this session: its day and time can no longer change.</source>
        <translation>该场次已有 %1 人签到：日期和时间不能再修改。</translation>
    </message>
    <message>
        <source>Find the people to enrol and tick them first.</source>
        <translation>请先查找并勾选要报名的人员。</translation>
    </message>
    <message>
        <source>This participant is no longer enrolled.</source>
        <translation>该学员已不在报名名单中。</translation>
    </message>
    <message>
        <source>Please save it as a .pdf or an .xlsx file.</source>
        <translation>请保存为 .pdf 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Please choose either one session or a whole programme.</source>
        <translation>请选择一个场次或整个培训项目。</translation>
    </message>
    <message>
        <source>The roster file %1 does not exist.</source>
        <translation>名单文件 %1 不存在。</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook: please save it from Excel or WPS as .xlsx.</source>
        <translation>这不是 .xlsx 工作簿：请在 Excel 或 WPS 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>工作簿中没有工作表 %1。</translation>
    </message>
    <message>
        <source>No column of names was found: please choose which column holds the names.</source>
        <translation>未找到姓名列：请指定哪一列是姓名。</translation>
    </message>
    <message>
        <source>A chosen column is not in the roster: please choose the columns again.</source>
        <translation>所选的列不在名单中：请重新选择各列。</translation>
    </message>
    <message>
        <source>The roster has more than %1 rows: please split it.</source>
        <translation>名单超过 %1 行：请拆分后分批导入。</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>Not an 11-digit mobile number.</source>
        <translation>不是11位手机号。</translation>
    </message>
    <message>
        <source>Not a birth date (write it as 1980-01-02, 1980/1/2 or 1980年1月2日).</source>
        <translation>出生日期无效（请写作 1980-01-02、1980/1/2 或 1980年1月2日）。</translation>
    </message>
    <message>
        <source>The sex is neither 男 nor 女.</source>
        <translation>性别既不是“男”也不是“女”。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number and lost digits: format the column as text.</source>
        <translation>身份证号被存成了数字，丢失了位数：请将该列设置为文本格式。</translation>
    </message>
    <message>
        <source>The same person as row %1.</source>
        <translation>与第 %1 行是同一人。</translation>
    </message>
    <message>
        <source>This ID number is registered under another name.</source>
        <translation>此身份证号已登记在另一个姓名下。</translation>
    </message>
    <message>
        <source>The ID number and the mobile belong to two different registered people.</source>
        <translation>身份证号和手机号分别属于两位不同的已登记人员。</translation>
    </message>
    <message>
        <source>Several registered people have this name and mobile.</source>
        <translation>有多位已登记人员的姓名和手机号与此相同。</translation>
    </message>
    <message>
        <source>A name alone, and people of this name are registered: add a mobile or ID number.</source>
        <translation>只有姓名，且人员库中已有同名人员：请补充手机号或身份证号。</translation>
    </message>
    <message>
        <source>Someone of this name and birth date is registered: enrol them from the registry.</source>
        <translation>人员库中已有同名且出生日期相同的人员：请从人员库报名。</translation>
    </message>
    <message>
        <source>Scan a code, or type a name, pinyin initials or a phone&apos;s last 4 digits.</source>
        <translation>请扫码，或输入姓名、拼音首字母或手机号后4位。</translation>
    </message>
    <message>
        <source>“%1” is not a valid sign-in code (one character mistyped or misread?) and matches no name. Scan or type it again.</source>
        <translation>“%1”不是有效的签到码（可能输错或扫错了一位），也没有同名学员。请重新扫码或输入。</translation>
    </message>
    <message>
        <source>No participant matches “%1”. Check the spelling, or sign them in as a walk-in.</source>
        <translation>没有与“%1”相符的学员。请检查输入，或登记为现场签到。</translation>
    </message>
    <message>
        <source>This session is over: enter the paper sheet in the reconciliation grid instead.</source>
        <translation>该场次已结束：请改为录入纸质签到表。</translation>
    </message>
    <message>
        <source>The unit is too long (at most %1 characters).</source>
        <translation>单位太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>This participant is no longer enrolled in the programme.</source>
        <translation>该学员已不在本培训项目的报名名单中。</translation>
    </message>
    <message>
        <source>This walk-in has been matched already: undo that match first.</source>
        <translation>此现场签到人员已匹配：请先撤销该匹配。</translation>
    </message>
    <message>
        <source>This walk-in is not matched to anyone.</source>
        <translation>此现场签到人员尚未匹配任何人。</translation>
    </message>
    <message>
        <source>“%1” is not an attendance status.</source>
        <translation>“%1”不是有效的出勤状态。</translation>
    </message>
    <message>
        <source>A mark is taken from the paper sheet or at the desk.</source>
        <translation>出勤只能通过纸质签到表录入或在签到台标记。</translation>
    </message>
    <message>
        <source>This session is on a later day: only “excused” can be marked before it.</source>
        <translation>该场次尚未到举行日期：举行前只能标记“请假”。</translation>
    </message>
    <message>
        <source>The time must be on the day of the session.</source>
        <translation>时间须在场次当天。</translation>
    </message>
    <message>
        <source>The sign-out time is before the sign-in time.</source>
        <translation>签退时间早于签到时间。</translation>
    </message>
    <message>
        <source>This participant has not signed in, so cannot sign out.</source>
        <translation>该学员尚未签到，不能签退。</translation>
    </message>
    <message>
        <source>Credit either the actual or the scheduled time.</source>
        <translation>计时规则只能是“按实际”或“按排班”。</translation>
    </message>
    <message>
        <source>Round to 0, 5, 10 or 15 minutes.</source>
        <translation>取整只能为 0、5、10 或 15 分钟。</translation>
    </message>
    <message>
        <source>The check-out time is before the check-in time.</source>
        <translation>签退时间早于签到时间。</translation>
    </message>
    <message>
        <source>A stay longer than %1 hours cannot be credited: please check the times.</source>
        <translation>在场超过 %1 小时无法计入时长：请核对时间。</translation>
    </message>
    <message>
        <source>The shift ends before it starts.</source>
        <translation>班次的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>A shift cannot be longer than %1 hours.</source>
        <translation>班次不能超过 %1 小时。</translation>
    </message>
    <message>
        <source>The credited time must be between 0 and %1 hours.</source>
        <translation>计入时长须在 0 到 %1 小时之间。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Scan a volunteer card, or type a name, initials or a phone&apos;s last 4 digits.</source>
        <translation>请扫志愿者卡，或输入姓名、拼音首字母或手机号后4位。</translation>
    </message>
    <message>
        <source>No volunteer matches “%1”.</source>
        <translation>没有与“%1”相符的志愿者。</translation>
    </message>
    <message>
        <source>“%1” is not a valid card code (a typo?) and matches no name.</source>
        <translation>“%1”不是有效的签到码（可能输错了），也没有同名志愿者。</translation>
    </message>
    <message>
        <source>This volunteer has left the station: restore their profile first.</source>
        <translation>该志愿者已退出本站：请先将其状态改回“正常”。</translation>
    </message>
    <message>
        <source>This volunteer is not checked in.</source>
        <translation>该志愿者尚未签到。</translation>
    </message>
    <message>
        <source>The content of service is too long (at most %1 characters).</source>
        <translation>服务内容太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Hours can only be entered once they have been served.</source>
        <translation>服务结束后才能录入时长。</translation>
    </message>
    <message>
        <source>Choose the shift or the activity.</source>
        <translation>请选择班次或活动。</translation>
    </message>
    <message>
        <source>This volunteer&apos;s hours for this shift are already entered: correct that entry instead.</source>
        <translation>该志愿者本班次的时长已录入：请更正那条记录。</translation>
    </message>
    <message>
        <source>This volunteer already has hours at that time.</source>
        <translation>该志愿者在这段时间已有时长记录。</translation>
    </message>
    <message>
        <source>%1 of them did not sign up for this shift.</source>
        <translation>其中 %1 人未排入本班次。</translation>
    </message>
    <message>
        <source>This hours entry no longer exists.</source>
        <translation>这条时长记录已不存在。</translation>
    </message>
    <message>
        <source>This entry has been corrected already: open the latest one.</source>
        <translation>这条记录已被更正：请打开最新的记录。</translation>
    </message>
    <message>
        <source>You entered these hours yourself: another coordinator reviews them.</source>
        <translation>这些时长是您本人录入的：须由另一位审核人审核。</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>该志愿者已不存在。</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>该班次已不存在。</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>备注太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>“%1” is not a certificate level.</source>
        <translation>“%1”不是有效的证书等级。</translation>
    </message>
    <message>
        <source>A certificate level is only for a certified social worker.</source>
        <translation>只有持证社工才需填写证书等级。</translation>
    </message>
    <message>
        <source>This staff member is no longer on the list.</source>
        <translation>该工作人员已不在名单中。</translation>
    </message>
    <message>
        <source>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</source>
        <translation>此数据库由更新版本的 StationDesk 写入（结构版本 %1）。请升级 StationDesk；文件未作任何改动。</translation>
    </message>
    <message>
        <source>A certificate cannot be dated in the future.</source>
        <translation>证书日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Please say why the certificate is voided.</source>
        <translation>请说明作废证书的原因。</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>原因最多 %1 个字。</translation>
    </message>
    <message>
        <source>This certificate no longer exists.</source>
        <translation>该证书已不存在。</translation>
    </message>
    <message>
        <source>Certificate %1 is already void.</source>
        <translation>证书 %1 已作废。</translation>
    </message>
    <message>
        <source>The programme has no valid certificate to print: issue the certificates first.</source>
        <translation>本培训项目没有可打印的有效证书：请先发放结业证书。</translation>
    </message>
    <message>
        <source>%1 is a volunteer already.</source>
        <translation>%1 已是志愿者。</translation>
    </message>
    <message>
        <source>A volunteer is active, paused or has left.</source>
        <translation>志愿者状态只能是正常、暂停或已退出。</translation>
    </message>
    <message>
        <source>The platform number is too long (at most %1 characters).</source>
        <translation>平台编号太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The organisation is too long (at most %1 characters).</source>
        <translation>所属单位太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The skills are too long (at most %1 characters).</source>
        <translation>特长太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The availability is too long (at most %1 characters).</source>
        <translation>可服务时间太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>注册日期晚于今天。</translation>
    </message>
    <message>
        <source>The registration date is before 1900.</source>
        <translation>注册日期早于 1900 年。</translation>
    </message>
    <message>
        <source>Choose a person from the registry.</source>
        <translation>请从人员库中选择人员。</translation>
    </message>
    <message>
        <source>A team&apos;s name has 1 to %1 characters.</source>
        <translation>队伍名称须为 1 到 %1 个字。</translation>
    </message>
    <message>
        <source>A team called %1 exists already.</source>
        <translation>已有名为 %1 的队伍。</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>该队伍已不存在。</translation>
    </message>
    <message>
        <source>The team %1 is retired: bring it back first.</source>
        <translation>队伍 %1 已停用：请先恢复。</translation>
    </message>
    <message>
        <source>Tick the volunteers to add.</source>
        <translation>请勾选要加入的志愿者。</translation>
    </message>
    <message>
        <source>The joining date is in the future.</source>
        <translation>入队日期晚于今天。</translation>
    </message>
    <message>
        <source>This member is no longer in the team.</source>
        <translation>该队员已不在队伍中。</translation>
    </message>
    <message>
        <source>This volunteer has left the team.</source>
        <translation>该志愿者已离队。</translation>
    </message>
    <message>
        <source>The leaving date is before the joining date.</source>
        <translation>离队日期早于入队日期。</translation>
    </message>
    <message>
        <source>The leaving date is in the future.</source>
        <translation>离队日期晚于今天。</translation>
    </message>
    <message>
        <source>Not a registration date (2024-05-06, 2024/5/6 or 2024年5月6日, not in the future).</source>
        <translation>注册日期无效（请写作 2024-05-06、2024/5/6 或 2024年5月6日，且不晚于今天）。</translation>
    </message>
    <message>
        <source>The programme has no participants to print.</source>
        <translation>本培训项目没有可打印的学员。</translation>
    </message>
    <message>
        <source>Choose badges or table cards.</source>
        <translation>请选择胸牌或桌牌。</translation>
    </message>
    <message>
        <source>Choose the level: assistant social worker, or social worker and above.</source>
        <translation>请选择等级：助理社会工作师，或社会工作师及以上。</translation>
    </message>
    <message>
        <source>The registration period must start in 1900 or later.</source>
        <translation>登记周期的起始年份不能早于 1900 年。</translation>
    </message>
    <message>
        <source>Please enter the activity&apos;s name.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <source>The activity&apos;s name may have at most %1 characters.</source>
        <translation>活动名称最多 %1 个字。</translation>
    </message>
    <message>
        <source>The place may have at most %1 characters.</source>
        <translation>地点最多 %1 个字。</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>说明最多 %1 个字。</translation>
    </message>
    <message>
        <source>A series repeats every 1 to %1 weeks.</source>
        <translation>重复排班的间隔须为 1 到 %1 周。</translation>
    </message>
    <message>
        <source>The series ends before its first day.</source>
        <translation>重复排班的截止日期早于第一天。</translation>
    </message>
    <message>
        <source>A series may have at most %1 shifts: choose an earlier end.</source>
        <translation>一次重复排班最多 %1 个班次：请把截止日期提前。</translation>
    </message>
    <message>
        <source>A shift needs at least one role (e.g. 帮手 6).</source>
        <translation>班次至少需要一个岗位（例如 帮手 6）。</translation>
    </message>
    <message>
        <source>A shift may have at most %1 roles.</source>
        <translation>一个班次最多 %1 个岗位。</translation>
    </message>
    <message>
        <source>Every role needs a name.</source>
        <translation>每个岗位都需要名称。</translation>
    </message>
    <message>
        <source>The role name %1 is too long (at most %2 characters).</source>
        <translation>岗位名称 %1 太长（最多 %2 个字）。</translation>
    </message>
    <message>
        <source>The role %1 needs 1 to %2 people.</source>
        <translation>岗位 %1 的人数须为 1 到 %2 人。</translation>
    </message>
    <message>
        <source>The role %1 is named twice.</source>
        <translation>岗位 %1 重复了。</translation>
    </message>
    <message>
        <source>The series&apos; roles cannot be read.</source>
        <translation>无法读取该重复排班的岗位。</translation>
    </message>
    <message>
        <source>A shift lasts at most a day.</source>
        <translation>班次最长为一天。</translation>
    </message>
    <message>
        <source>This series no longer exists.</source>
        <translation>该重复排班已不存在。</translation>
    </message>
    <message>
        <source>A series is extended, not shortened: it runs until %1 already.</source>
        <translation>重复排班只能延长，不能缩短：目前已排到 %1。</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
    <message>
        <source>This shift is cancelled: restore it first.</source>
        <translation>该班次已取消：请先恢复。</translation>
    </message>
    <message>
        <source>%2 volunteers are signed up as %1: it cannot have only %3 places.</source>
        <translation>岗位 %1 已安排 %2 名志愿者：名额不能只有 %3 个。</translation>
    </message>
    <message>
        <source>%2 volunteers are signed up as %1: withdraw them before removing the role.</source>
        <translation>岗位 %1 已安排 %2 名志愿者：请先将他们移出班次，再删除该岗位。</translation>
    </message>
    <message>
        <source>This role is not one of the shift&apos;s.</source>
        <translation>该岗位不属于本班次。</translation>
    </message>
    <message>
        <source>%1 is paused or has left: change the volunteer&apos;s status first.</source>
        <translation>%1 已暂停或已退出：请先修改该志愿者的状态。</translation>
    </message>
    <message>
        <source>Please choose at least one volunteer.</source>
        <translation>请至少选择一名志愿者。</translation>
    </message>
    <message>
        <source>The team has no active members on that day.</source>
        <translation>该队伍当天没有状态正常的队员。</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>该排班记录已不存在。</translation>
    </message>
    <message>
        <source>There is no month %2 in %1.</source>
        <translation>%1 年没有 %2 月。</translation>
    </message>
    <message>
        <source>Choose a month or a week.</source>
        <translation>请选择一个月或一周。</translation>
    </message>
    <message>
        <source>A quarter is Q1 to Q4.</source>
        <translation>季度只能是 Q1 至 Q4。</translation>
    </message>
    <message>
        <source>There is no such ledger.</source>
        <translation>没有这种台账。</translation>
    </message>
    <message>
        <source>The highlights may have at most %1 characters.</source>
        <translation>工作亮点最多 %1 个字。</translation>
    </message>
    <message>
        <source>The report prints in Simplified Chinese, Traditional Chinese or English, not in %1.</source>
        <translation>报表只能用简体中文、繁体中文或英文生成，不支持 %1。</translation>
    </message>
    <message>
        <source>The period ends (%2) before it begins (%1).</source>
        <translation>结束日期（%2）早于开始日期（%1）。</translation>
    </message>
    <message>
        <source>No approved volunteer hours from %1 to %2: there is nothing to certify. Hours still awaiting review do not count.</source>
        <translation>%1 至 %2 没有审核通过的志愿服务时长，无可证明内容。待审核的时长不计入。</translation>
    </message>
    <message>
        <source>The handler must be an active user of the station.</source>
        <translation>经办人必须是本站的在用用户。</translation>
    </message>
    <message>
        <source>The minimum hours cannot be negative.</source>
        <translation>最低时长不能为负数。</translation>
    </message>
    <message>
        <source>The counted hours of certificate %1 have changed since it was issued: void it and issue a new one.</source>
        <translation>证明 %1 出具后，其计入的时长已发生变化：请作废后重新出具。</translation>
    </message>
    <message>
        <source>There is no station %1 in this database (its stations: %2).</source>
        <translation>数据库中没有站点 %1（现有站点：%2）。</translation>
    </message>
    <message>
        <source>Show from %1 to %2 months.</source>
        <translation>请显示 %1 到 %2 个月。</translation>
    </message>
    <message>
        <source>The monthly report is due on a day from %1 to %2 of the next month.</source>
        <translation>月报截止日须为次月 %1 日至 %2 日之间。</translation>
    </message>
    <message>
        <source>This PC is a station PC, a district hub or a trainer laptop.</source>
        <translation>本机只能是站点电脑、区级中心或培训师电脑。</translation>
    </message>
    <message>
        <source>The bundle is addressed to another site, not to this PC.</source>
        <translation>此数据包是发给其他终端的，不是发给本机的。</translation>
    </message>
    <message>
        <source>The bundle file is damaged inside: it is not a StationDesk bundle as written.</source>
        <translation>数据包文件内部已损坏：不是 StationDesk 生成时的样子。</translation>
    </message>
    <message>
        <source>The bundle&apos;s description is malformed (%1): it was not written by StationDesk.</source>
        <translation>数据包的说明格式有误（%1）：不是 StationDesk 生成的。</translation>
    </message>
    <message>
        <source>The bundle&apos;s content cannot be read: it was not written by StationDesk.</source>
        <translation>无法读取数据包内容：不是 StationDesk 生成的。</translation>
    </message>
    <message>
        <source>That is not a recipient key (it starts with age1...).</source>
        <translation>这不是接收方密钥（应以 age1... 开头）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not its sender&apos;s: it was altered or forged.</source>
        <translation>数据包的签名与发送方不符：已被篡改或伪造。</translation>
    </message>
    <message>
        <source>The bundle file is damaged: altered, cut short or not completely copied.</source>
        <translation>数据包文件已损坏：被修改、被截断或未完整复制。</translation>
    </message>
    <message>
        <source>The bundle is encrypted for this site&apos;s key, but this PC has no key yet.</source>
        <translation>数据包用本终端的密钥加密，但本机尚无密钥。</translation>
    </message>
    <message>
        <source>The file refers to records this PC does not hold yet (such as a training session written on the station PC). Import the station PC&apos;s file first, then this one again. Nothing was written.</source>
        <translation>该文件引用了本机尚未拥有的记录（例如站点电脑上创建的培训课次）。请先导入站点电脑的文件，再重新导入此文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>The bundle was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>数据包由更新版本的 StationDesk 生成：请升级后再读取。</translation>
    </message>
    <message>
        <source>The bundle comes from a newer StationDesk (schema %1): please upgrade StationDesk to a version with schema %1.</source>
        <translation>数据包来自更新版本的 StationDesk（数据结构 %1）：请把 StationDesk 升级到支持数据结构 %1 的版本。</translation>
    </message>
    <message>
        <source>The file is not a StationDesk bundle.</source>
        <translation>此文件不是 StationDesk 数据包。</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another site: this PC cannot open it.</source>
        <translation>数据包是为其他终端加密的：本机无法打开。</translation>
    </message>
    <message>
        <source>The bundle holds the data of station %1, not of this station (%2).</source>
        <translation>数据包中是站点 %1 的数据，不是本站（%2）的。</translation>
    </message>
    <message>
        <source>The bundle is protected by a passphrase: please enter it.</source>
        <translation>数据包有口令保护：请输入口令。</translation>
    </message>
    <message>
        <source>The bundle&apos;s content is not the one its sender signed: it was altered.</source>
        <translation>数据包内容与发送方签名的不一致：已被篡改。</translation>
    </message>
    <message>
        <source>The bundle says it comes from station %1, but its sender was enrolled for station %2.</source>
        <translation>数据包自称来自站点 %1，但发送方登记的站点是 %2。</translation>
    </message>
    <message>
        <source>The bundle is larger than allowed (%1 bytes).</source>
        <translation>数据包超过允许的大小（%1 字节）。</translation>
    </message>
    <message>
        <source>The bundle file is empty or cut short: copy it again.</source>
        <translation>数据包文件为空或不完整：请重新复制。</translation>
    </message>
    <message>
        <source>The bundle comes from a site that is not enrolled here (station %1): enrol it first.</source>
        <translation>数据包来自本机未登记的终端（站点 %1）：请先登记。</translation>
    </message>
    <message>
        <source>The bundle file cannot be read: %1.</source>
        <translation>无法读取数据包文件：%1。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The passphrase is not the bundle&apos;s.</source>
        <translation>口令不正确。</translation>
    </message>
    <message>
        <source>This PC&apos;s stored sync key is damaged (%1).</source>
        <translation>本机保存的同步密钥已损坏（%1）。</translation>
    </message>
    <message>
        <source>The receipt is malformed (%1): it was not written by StationDesk.</source>
        <translation>回执格式有误（%1）：不是 StationDesk 生成的。</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not its importer&apos;s: it was altered or forged.</source>
        <translation>回执签名与导入方不符：已被篡改或伪造。</translation>
    </message>
    <message>
        <source>The receipt was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>回执由更新版本的 StationDesk 生成：请升级后再读取。</translation>
    </message>
    <message>
        <source>The file is not a StationDesk receipt.</source>
        <translation>此文件不是 StationDesk 回执。</translation>
    </message>
    <message>
        <source>The receipt file is larger than allowed.</source>
        <translation>回执文件超过允许的大小。</translation>
    </message>
    <message>
        <source>This receipt (回执) was written on this PC, for the PC whose file was imported here. Take it back to that PC and import it there. Nothing was changed.</source>
        <translation>这份回执是本机为其文件已在本机导入的那台电脑写的。请把它带回那台电脑并在那里导入。未做任何更改。</translation>
    </message>
    <message>
        <source>The receipt comes from a site that is not enrolled here (station %1).</source>
        <translation>回执来自本机未登记的终端（站点 %1）。</translation>
    </message>
    <message>
        <source>The receipt file cannot be read: %1.</source>
        <translation>无法读取回执文件：%1。</translation>
    </message>
    <message>
        <source>The enrolment file is malformed (%1).</source>
        <translation>登记文件格式有误（%1）。</translation>
    </message>
    <message>
        <source>The enrolment&apos;s signature does not match the key it names: it was altered.</source>
        <translation>登记文件的签名与其中的密钥不符：已被篡改。</translation>
    </message>
    <message>
        <source>The enrolment file was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>登记文件由更新版本的 StationDesk 生成：请升级后再读取。</translation>
    </message>
    <message>
        <source>The file is not a StationDesk enrolment file.</source>
        <translation>此文件不是 StationDesk 登记文件。</translation>
    </message>
    <message>
        <source>The enrolment file is larger than allowed.</source>
        <translation>登记文件超过允许的大小。</translation>
    </message>
    <message>
        <source>The enrolment file cannot be read: %1.</source>
        <translation>无法读取登记文件：%1。</translation>
    </message>
    <message>
        <source>There is no audience %1 (hub, station or trainer).</source>
        <translation>没有接收方类型 %1（应为 hub、station 或 trainer）。</translation>
    </message>
    <message>
        <source>Choose to keep the value kept or the other one.</source>
        <translation>请选择保留当前值或改用另一个值。</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此冲突已不存在。</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>此冲突已处理。</translation>
    </message>
    <message>
        <source>The record of this conflict is not in the database.</source>
        <translation>数据库中没有此冲突涉及的记录。</translation>
    </message>
    <message>
        <source>This conflict is about a field this version does not know.</source>
        <translation>此冲突涉及的字段本版本无法识别。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>This site is enrolled already with another key. If it was reinstalled, compare the codes and enrol it anew.</source>
        <translation>此终端已用另一个密钥登记。如果对方重装过，请核对指纹后重新登记。</translation>
    </message>
    <message>
        <source>Give a passphrase: the site the bundle is for is not enrolled with a key.</source>
        <translation>请设置口令：接收此数据包的终端未登记密钥。</translation>
    </message>
    <message>
        <source>Choose whom the bundle is for: a site, or hub, station or trainer.</source>
        <translation>请选择数据包的接收方：某个终端，或 hub、station、trainer。</translation>
    </message>
    <message>
        <source>A %1 file has no preview: import it directly.</source>
        <translation>%1文件无法预览：请直接导入。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Set up the station before exchanging data.</source>
        <translation>请先完成站点设置再交换数据。</translation>
    </message>
    <message>
        <source>The enrolment is of station %1, not of this station (%2): only a hub exchanges data with other stations.</source>
        <translation>此登记文件属于站点 %1，不属于本站（%2）：只有区级中心才能与其他站点交换数据。</translation>
    </message>
    <message>
        <source>This is this PC&apos;s own enrolment file: enrol it on the other PC.</source>
        <translation>这是本机自己的登记文件：请在另一台电脑上登记。</translation>
    </message>
    <message>
        <source>The file is neither a bundle, a receipt nor an enrolment file.</source>
        <translation>此文件既不是数据包，也不是回执或登记文件。</translation>
    </message>
    <message>
        <source>No enrolled site %1.</source>
        <translation>没有已登记的终端 %1。</translation>
    </message>
    <message>
        <source>%1 read back differently from what was written: the USB stick may be failing.</source>
        <translation>%1 读回的内容与写入的不同：U 盘可能有故障。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>This is not a StationDesk enrolment code: scan the code the other PC shows under “This PC&apos;s enrolment file…”. Nothing was enrolled.</source>
        <translation>这不是 StationDesk 登记码：请扫描另一台电脑“本机登记文件…”中显示的二维码。未登记任何终端。</translation>
    </message>
    <message>
        <source>The code was read only in part or wrongly: scan it again (or paste it whole). Nothing was enrolled.</source>
        <translation>登记码未读全或读错：请重新扫描（或完整粘贴）。未登记任何终端。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Nothing was left there.</source>
        <translation>无法将备份写入 %1（%2）。该处未留下任何文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is not a StationDesk backup: it is no database file. Choose the file the station PC wrote with &quot;Back up the database…&quot;. Nothing was changed.</source>
        <translation>文件 %1 不是 StationDesk 备份：它不是数据库文件。请选择站点电脑用“备份数据库…”生成的文件。未做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a StationDesk backup. Nothing was changed.</source>
        <translation>文件 %1 是其他程序的数据库，不是 StationDesk 备份。未做任何更改。</translation>
    </message>
    <message>
        <source>No station has been set up in the database %1: choose the backup of the station PC, where the station is in use. Nothing was changed.</source>
        <translation>数据库 %1 中尚未设置站点：请选择正在使用中的站点电脑的备份。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its integrity check failed). Please make a new backup on the station PC. Nothing was changed.</source>
        <translation>备份 %1 已损坏（完整性检查未通过）。请在站点电脑上重新备份。未做任何更改。</translation>
    </message>
    <message>
        <source>A station has already been set up on this PC: a backup can only be taken over by a new, empty installation.</source>
        <translation>本机已设置站点：只有全新的空白安装才能接收备份。</translation>
    </message>
    <message>
        <source>This PC&apos;s database is no SQLite file: a backup cannot be taken over into it.</source>
        <translation>本机数据库不是 SQLite 文件，无法接收备份。</translation>
    </message>
    <message>
        <source>The file %1 is this PC&apos;s own database: choose the station PC&apos;s backup.</source>
        <translation>文件 %1 是本机自己的数据库：请选择站点电脑的备份。</translation>
    </message>
    <message>
        <source>Another program has this PC&apos;s database open: close it (or the other StationDesk window) and try again. Nothing was changed.</source>
        <translation>另一个程序正在使用本机数据库：请关闭它（或另一个 StationDesk 窗口）后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>出现错误（%1）。</translation>
    </message>
</context>
<context>
    <name>placeholder</name>
    <message>
        <source>Here the station will register volunteers, their teams and their service hours.</source>
        <translation>这里将登记志愿者、志愿者队伍及其服务时长。</translation>
    </message>
    <message>
        <source>Here the station will plan trainings and record who attended them.</source>
        <translation>这里将安排培训并记录签到出勤。</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工/接待</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Only an administrator can change this setting.</source>
        <translation>只有管理员可以修改此设置。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sync_counts</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>records this PC does not have yet</source>
        <translation>本机尚无的记录</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>records that get a newer value</source>
        <translation>将取得较新值的记录</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>already the same here</source>
        <translation>本机已相同</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>changed on both sides: you choose afterwards</source>
        <translation>双方都改过：导入后由您选择</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>changes this site may not send: left out</source>
        <translation>对方无权发送的变更：不导入</translation>
    </message>
    <message>
        <source>%1 of the refused changes are other PCs&apos; records that this trainer laptop or hub passed on. It holds them only in part (without ID numbers, needs or notes), so they come only from the PCs that wrote them: exchange files with those directly.</source>
        <translation>拒收的更改中有 %1 条是培训师电脑或区级中心转交的其他电脑的记录。它只持有这些记录的一部分（不含身份证号、需求或备注），因此只能从写入它们的电脑获取：请直接与那些电脑交换文件。</translation>
    </message>
</context>
<context>
    <name>sync_files</name>
    <message>
        <source>Enrolment files (*%1)</source>
        <translation>登记文件 (*%1)</translation>
    </message>
    <message>
        <source>Sync files (*%1 *%2)</source>
        <translation>同步文件 (*%1 *%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sync_words</name>
    <message>
        <source>Station PC</source>
        <translation>站点电脑</translation>
    </message>
    <message>
        <source>District hub</source>
        <translation>区级中心</translation>
    </message>
    <message>
        <source>Trainer laptop</source>
        <translation>培训师电脑</translation>
    </message>
    <message>
        <source>Any station PC</source>
        <translation>任一站点电脑</translation>
    </message>
    <message>
        <source>The district hub</source>
        <translation>区级中心</translation>
    </message>
    <message>
        <source>Any trainer laptop</source>
        <translation>任一培训师电脑</translation>
    </message>
    <message>
        <source>Everything (a station PC&apos;s copy)</source>
        <translation>全部数据（站点电脑副本）</translation>
    </message>
    <message>
        <source>What the district&apos;s reports need (a hub&apos;s copy)</source>
        <translation>区级报表所需数据（区级中心副本）</translation>
    </message>
    <message>
        <source>Training records only: no ID numbers, needs or visit notes (a trainer&apos;s copy)</source>
        <translation>仅培训记录：不含身份证号、诉求和走访记录（培训师副本）</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>志愿服务项目</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Hours review</source>
        <translation>时长审核</translation>
    </message>
    <message>
        <source>Referral step</source>
        <translation>转介进度</translation>
    </message>
    <message>
        <source>Volunteer check-in</source>
        <translation>志愿者签到</translation>
    </message>
    <message>
        <source>Training certificate</source>
        <translation>培训证书</translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation>培训报名</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Hours certificate</source>
        <translation>服务时长证明</translation>
    </message>
    <message>
        <source>Key target</source>
        <translation>重点对象</translation>
    </message>
    <message>
        <source>Key target exemption</source>
        <translation>重点对象免访</translation>
    </message>
    <message>
        <source>Need category</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Resident&apos;s tag</source>
        <translation>居民标签</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Relief type</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Volunteer shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift assignment</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Shift role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Shift series</source>
        <translation>循环班次</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Station profile</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>队伍成员</translation>
    </message>
    <message>
        <source>Visit cadence</source>
        <translation>探访周期</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Visit method</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer team</source>
        <translation>志愿队伍</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Walk-in need</source>
        <translation>来访诉求</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>kept (not removed)</source>
        <translation>保留（未删除）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(a picture or file)</source>
        <translation>（图片或文件）</translation>
    </message>
</context>
</TS>
