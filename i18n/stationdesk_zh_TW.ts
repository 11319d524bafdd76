<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StationDesk</source>
        <translation>關於 StationDesk</translation>
    </message>
    <message>
        <source>StationDesk %1</source>
        <translation>StationDesk 社工站前臺 %1</translation>
    </message>
    <message>
        <source>The front desk of a township social work station (社工站).</source>
        <translation>鄉鎮（街道）社會工作站的全科接待前臺。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料資料夾</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>執行環境</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建活動</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>e.g. 公益巴士进社区</source>
        <translation>例如 公益巴士進社群</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add members to %1</source>
        <translation>為 %1 新增隊員</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Narrow the list: name, initials, code or organisation</source>
        <translation>篩選：姓名、拼音首字母、簽到碼或所屬單位</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入隊日期</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>已勾選：%1 人</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>第一位管理員</translation>
    </message>
    <message>
        <source>This person signs in first and can then add the other users of the station.</source>
        <translation>此人首先登入，之後可以新增本站的其他使用者。</translation>
    </message>
    <message>
        <source>For signing in, without spaces, e.g. wangfang</source>
        <translation>用於登入，不含空格，例如 wangfang</translation>
    </message>
    <message>
        <source>As shown on screen, e.g. 王芳</source>
        <translation>在介面上顯示的名字，例如 王芳</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
</context>
<context>
    <name>AfterwardsDialog</name>
    <message>
        <source>Enter hours afterwards</source>
        <translation>補錄服務時長</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>補錄</translation>
    </message>
    <message>
        <source>Volunteer and shift</source>
        <translation>志願者與班次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Content of service</source>
        <translation>服務內容</translation>
    </message>
</context>
<context>
    <name>ArrivedModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>簽到時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1, out %2</source>
        <translation>%1，%2 簽退</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign volunteers</source>
        <translation>安排志願者</translation>
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
        <translation>崗位</translation>
    </message>
    <message>
        <source>Name, pinyin initials or organisation</source>
        <translation>姓名、拼音首字母或所屬單位</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>Assign the whole team</source>
        <translation>整隊安排</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>隊伍</translation>
    </message>
    <message>
        <source>Assign selected</source>
        <translation>安排選中的志願者</translation>
    </message>
    <message>
        <source> · on this shift</source>
        <translation> · 已在本班次</translation>
    </message>
    <message>
        <source> · on another shift then</source>
        <translation> · 同時段另有班次</translation>
    </message>
    <message>
        <source>Assign all the same?</source>
        <translation>仍要安排嗎？</translation>
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
        <translation>%1 名已暫停或已退出的隊員未安排。</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>The newest %1 entries; the log itself cannot be changed.</source>
        <translation>最新的 %1 條記錄；日誌本身不可修改。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>A backup is a copy of the whole database of this PC as it is now: every person, record and user of the station. Keep one to restore the station if this PC breaks.

A new PC of this station (a second reception PC, a trainer laptop) starts from a backup: on its first start, choose “This PC joins a station that already uses StationDesk” and pick the file. Its users then sign in there with their own passwords, and the two PCs exchange data on the Sync page.</source>
        <translation>備份是本機當前整個資料庫的副本：包含本站的每位居民、每條記錄和每個使用者。請保留一份，以便本機損壞時恢復。

本站的新電腦（第二臺接待電腦、培訓師電腦）從備份開始：首次啟動時選擇“本機加入已在使用 StationDesk 的站點”，然後選擇該檔案。本站使用者隨後用各自的密碼在那臺電腦上登入，兩臺電腦在“同步”頁面交換資料。</translation>
    </message>
    <message>
        <source>Back up the database…</source>
        <translation>備份資料庫…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>StationDesk database (*.sqlite3)</source>
        <translation>StationDesk 資料庫 (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup is at: %1
It holds every person&apos;s data: keep it safe (the USB stick locked away, never left in a shared folder), and delete it once it is no longer needed.</source>
        <translation>備份位於：%1
其中含有每位居民的資料：請妥善保管（U 盤鎖好，切勿放在共享資料夾中），不再需要時請刪除。</translation>
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
        <translation>手機號</translation>
    </message>
    <message>
        <source>Unit or community</source>
        <translation>單位/社群</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手機號相同</translation>
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
        <translation>學員</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>人員庫</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>New need, e.g. 适老化改造</source>
        <translation>新的需求類別，例如 適老化改造</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>新增需求類別</translation>
    </message>
    <message>
        <source>The need %1 has been added.</source>
        <translation>需求類別 %1 已新增。</translation>
    </message>
    <message>
        <source>A retired need stays on the walk-ins recorded with it, but cannot be ticked for new ones. A new name also shows on past walk-ins.</source>
        <translation>停用的需求類別仍保留在已登記的接待記錄上，但新的接待不能再勾選。改名後，以往的接待記錄也會顯示新名稱。</translation>
    </message>
    <message>
        <source>Only an administrator can change the need categories.</source>
        <translation>只有管理員可以修改需求類別。</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Search a volunteer: name, pinyin initials or card code</source>
        <translation>搜尋志願者：姓名、拼音首字母或簽到碼</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>出具並列印…</translation>
    </message>
    <message>
        <source>Public notice list</source>
        <translation>公示名單</translation>
    </message>
    <message>
        <source>Print the notice list of the period…</source>
        <translation>列印本期間的公示名單…</translation>
    </message>
    <message>
        <source>Notice list as .xlsx…</source>
        <translation>公示名單另存為 .xlsx…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>重新列印…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作廢…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登記簿</translation>
    </message>
    <message>
        <source>Print the register…</source>
        <translation>列印登記簿…</translation>
    </message>
    <message>
        <source>Register as .xlsx…</source>
        <translation>登記簿另存為 .xlsx…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期間：從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>證明登記簿</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>出具年份</translation>
    </message>
    <message>
        <source>Choose a volunteer to see their service record.</source>
        <translation>選擇一名志願者，檢視其服務記錄。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>%1 (ID %2): approved service from %3 to %4</source>
        <translation>%1（身份證號 %2）：%3 至 %4 稽核透過的服務記錄</translation>
    </message>
    <message>
        <source>Total: %1 hours on %2 days</source>
        <translation>合計：%2 天，%1 小時</translation>
    </message>
    <message>
        <source>No approved hours in this period: nothing to certify.</source>
        <translation>此期間沒有稽核透過的時長：無可證明內容。</translation>
    </message>
    <message>
        <source>Volunteer-service certificate %1</source>
        <translation>志願服務記錄證明 %1</translation>
    </message>
    <message>
        <source>Certificate %1 for %2.</source>
        <translation>已為 %2 出具證明 %1。</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>作廢證明</translation>
    </message>
    <message>
        <source>Void certificate %1 of %2? Its number is never given again; a new certificate can be issued.</source>
        <translation>確定作廢 %2 的證明 %1？該編號不會再次使用；可重新出具新的證明。</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Certificate %1 is void.</source>
        <translation>證明 %1 已作廢。</translation>
    </message>
    <message>
        <source>Save the certificate register</source>
        <translation>儲存證明登記簿</translation>
    </message>
    <message>
        <source>Save the public notice list</source>
        <translation>儲存公示名單</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已儲存到 %1。</translation>
    </message>
</context>
<context>
    <name>ChangeTierDialog</name>
    <message>
        <source>Change tier</source>
        <translation>調整級別</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新級別</translation>
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
        <translation>完成跟進：%1</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>做了什麼（必填）</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>處理情況</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>標記為完成</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一個值</translation>
    </message>
    <message>
        <source>Kept value from</source>
        <translation>保留值來自</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation>另一值來自</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Written at %1; kept because it was written last.</source>
        <translation>寫入於 %1；因最後寫入而保留。</translation>
    </message>
    <message>
        <source>Written at %1 at about the same time.</source>
        <translation>寫入於 %1，與另一處幾乎同時。</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>These values were changed on two PCs at about the same time. Every PC now shows the value kept; check each one and keep it, or use the other value instead.</source>
        <translation>以下資料幾乎同時在兩臺電腦上被修改。各電腦現在都顯示保留的值；請逐條核對，確認保留，或改用另一個值。</translation>
    </message>
    <message>
        <source>No conflicts: every exchange so far merged cleanly.</source>
        <translation>沒有衝突：迄今每次交換都已順利合併。</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <source>The value kept stays, on every PC.</source>
        <translation>所有電腦都保留當前的值。</translation>
    </message>
    <message>
        <source>Use the other</source>
        <translation>改用另一值</translation>
    </message>
    <message>
        <source>The other value replaces the kept one, on every PC.</source>
        <translation>所有電腦都改用另一個值。</translation>
    </message>
    <message>
        <source>Resolved on another PC: %1 conflict(s) closed here too. The value chosen there arrived with the file.</source>
        <translation>已在另一臺電腦上處理：本機也關閉了 %1 個衝突，那邊選定的值已隨檔案匯入。</translation>
    </message>
    <message>
        <source>%1 of %2 becomes “%3” (instead of “%4”) on every PC. Go ahead?</source>
        <translation>%2 的%1將在所有電腦上改為“%3”（原為“%4”）。確定嗎？</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>改用另一個值</translation>
    </message>
    <message>
        <source>Kept. The choice travels with the next export.</source>
        <translation>已保留。下次匯出時同步此決定。</translation>
    </message>
    <message>
        <source>Changed to the other value. The change travels with the next export.</source>
        <translation>已改用另一個值。下次匯出時同步此修改。</translation>
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
        <translation>還剩 %1 天</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>未訪：%1</translation>
    </message>
    <message>
        <source>Visited %1</source>
        <translation>已於 %1 探訪</translation>
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
        <translation>列印…</translation>
    </message>
    <message>
        <source>The coverage report as a PDF, to preview and print</source>
        <translation>生成探訪情況報表（PDF），可預覽和列印</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Enter or double-click: log a visit</source>
        <translation>Enter或雙擊：登記探訪</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按網格</translation>
    </message>
    <message>
        <source>By worker</source>
        <translation>按責任社工</translation>
    </message>
    <message>
        <source>Visit coverage %1</source>
        <translation>重點對象探訪情況 %1</translation>
    </message>
    <message>
        <source>Counting the past periods…</source>
        <translation>正在統計以往各期…</translation>
    </message>
    <message>
        <source>Nobody due in this period</source>
        <translation>本期無應訪對象</translation>
    </message>
    <message>
        <source>%1 of %2 due visits made · goal 100%</source>
        <translation>應訪 %2 人次，已訪 %1 人次 · 目標 100%</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 人次待訪</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 人次未訪</translation>
    </message>
    <message>
        <source>Not yet visited: %1</source>
        <translation>尚未探訪：%1</translation>
    </message>
    <message>
        <source>Everyone due in this period has been visited.</source>
        <translation>本期應訪對象均已探訪。</translation>
    </message>
    <message>
        <source>Nobody is due a visit in this period.</source>
        <translation>本期沒有需要探訪的對象。</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>責任社工</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>The rate of the last %1 weeks</source>
        <translation>近 %1 周的探訪率</translation>
    </message>
    <message>
        <source>The rate of the last %1 months</source>
        <translation>近 %1 個月的探訪率</translation>
    </message>
    <message>
        <source>The rate of the last %1 quarters</source>
        <translation>近 %1 個季度的探訪率</translation>
    </message>
    <message>
        <source>%1: %2 of %3 visited</source>
        <translation>%1：應訪 %3，已訪 %2</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk 已鎖定</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>In</source>
        <translation>簽到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>簽退</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>計入時長</translation>
    </message>
    <message>
        <source>walk-up</source>
        <translation>臨時</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Same ID number</source>
        <translation>身份證號相同</translation>
    </message>
    <message>
        <source>Same name and phone</source>
        <translation>姓名和手機號相同</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <source>Possibly the same person, already registered: %1. Open one of them instead, or register a new person anyway and say why.</source>
        <translation>可能是已登記的同一人：%1 位。請開啟其中一位，或者說明原因後仍登記為新人員。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區/村</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation>開啟此人</translation>
    </message>
    <message>
        <source>Why is this a different person? (required to save anyway)</source>
        <translation>為什麼是不同的人？（仍要儲存時必填）</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然儲存</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回表單</translation>
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
        <translation>移出名單</translation>
    </message>
    <message>
        <source>Last day on the list</source>
        <translation>在冊最後一天</translation>
    </message>
    <message>
        <source>Why: no longer in difficulty, moved into a care home ...</source>
        <translation>原因：已不再困難、入住養老機構…</translation>
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
        <translation>結束免訪</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Last exempt day</source>
        <translation>免訪最後一天</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a key target</source>
        <translation>納入重點對象</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>納入</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Why: living alone at 85, serious illness, 低保 ...</source>
        <translation>原因：85歲獨居、重病、低保…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>責任社工</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日期</translation>
    </message>
</context>
<context>
    <name>EnrolFromRegistryDialog</name>
    <message>
        <source>Enrol in %1</source>
        <translation>報名：%1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>報名</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan), then Enter</source>
        <translation>姓名、拼音首字母、手機號或身份證號（可掃碼），然後按Enter</translation>
    </message>
    <message>
        <source>No one found. Register the person at the reception desk first.</source>
        <translation>未找到。請先在接待臺登記此人。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>For everyone ticked, e.g. 东湖社区 (optional)</source>
        <translation>適用於所有勾選的人員，例如 東湖社群（選填）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>已勾選：%1 人</translation>
    </message>
</context>
<context>
    <name>EnrolSiteDialog</name>
    <message>
        <source>Enrol a site</source>
        <translation>登記終端</translation>
    </message>
    <message>
        <source>On the other PC open Sync and click “This PC&apos;s enrolment file…”. Scan the QR code it shows with the barcode scanner, or paste the code into the box and press Enter. Without a scanner, choose the enrolment file it saved on a USB stick.</source>
        <translation>在另一臺電腦上開啟“同步”，點選“本機登記檔案…”。用掃碼槍掃描它顯示的二維碼，或把登記碼貼上到下框中並按Enter。沒有掃碼槍時，請選擇它儲存在 U 盤上的登記檔案。</translation>
    </message>
    <message>
        <source>Scan or paste the code here</source>
        <translation>在此掃描或貼上登記碼</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>從檔案登記…</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>或者：</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one on the other PC&apos;s screen. If they differ, do not exchange files with it and tell the administrator.</source>
        <translation>請將此指紋與另一臺電腦螢幕上的指紋核對。如不一致，請勿與其交換檔案，並告知管理員。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站點</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>金鑰指紋</translation>
    </message>
    <message>
        <source>Choose the other PC&apos;s enrolment file</source>
        <translation>選擇另一臺電腦的登記檔案</translation>
    </message>
    <message>
        <source>Enrolled: its files are accepted from now on.</source>
        <translation>已登記：今後將接受它的檔案。</translation>
    </message>
</context>
<context>
    <name>EnrolmentFileDialog</name>
    <message>
        <source>This PC&apos;s enrolment file</source>
        <translation>本機登記檔案</translation>
    </message>
    <message>
        <source>Another PC enrols this one by scanning this code, or by importing the enrolment file from a USB stick. Both people then compare the fingerprint below on both screens.</source>
        <translation>另一臺電腦掃描此二維碼，或從 U 盤匯入登記檔案，即可登記本機。然後雙方在兩臺電腦的螢幕上核對下方的金鑰指紋。</translation>
    </message>
    <message>
        <source>Key fingerprint of this PC</source>
        <translation>本機金鑰指紋</translation>
    </message>
    <message>
        <source>Save to a folder or USB stick…</source>
        <translation>儲存到資料夾或 U 盤…</translation>
    </message>
    <message>
        <source>Save the enrolment file to</source>
        <translation>登記檔案儲存到</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <source>Exempt from visits</source>
        <translation>免於探訪</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免訪</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>請選擇原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>結束於</translation>
    </message>
    <message>
        <source>For good: no end</source>
        <translation>長期：不設結束日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Optional: which hospital, where to, who said so</source>
        <translation>選填：哪家醫院、去了哪裡、由誰告知</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a file for another site</source>
        <translation>為其他終端匯出檔案</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Only what that site has not received yet (recommended)</source>
        <translation>僅匯出對方尚未收到的資料（推薦）</translation>
    </message>
    <message>
        <source>Everything this PC holds for it (a full copy; a larger file)</source>
        <translation>匯出本機可給對方的全部資料（完整副本，檔案較大）</translation>
    </message>
    <message>
        <source>Locked to that site: only its PC can open the file (recommended)</source>
        <translation>用對方金鑰加密：只有對方電腦能開啟（推薦）</translation>
    </message>
    <message>
        <source>Locked with a passphrase you tell the other site</source>
        <translation>用口令加密，並把口令告訴對方</translation>
    </message>
    <message>
        <source>For</source>
        <translation>發給</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護方式</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次輸入口令</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Tell the passphrase to the other site in person or by phone, never with the stick.</source>
        <translation>請當面或電話告知對方口令，切勿與 U 盤一起傳遞。</translation>
    </message>
    <message>
        <source>Take the file to that site on a USB stick and import it on its Sync page.</source>
        <translation>用 U 盤把檔案帶到對方，在其“同步”頁匯入。</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation>請輸入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ: please type them again.</source>
        <translation>兩次輸入的口令不一致，請重新輸入。</translation>
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
        <translation>剩餘天數</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服務對象</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Person</source>
        <translation>服務對象</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦事項</translation>
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
        <translation>還剩 %1 天</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>匿名來訪</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Include done</source>
        <translation>包括已完成</translation>
    </message>
    <message>
        <source>New follow-up...</source>
        <translation>新建跟進…</translation>
    </message>
    <message>
        <source>A follow-up for the selected row&apos;s person, or for anyone (Ctrl+N)</source>
        <translation>為選中行的服務對象或其他任何人新建跟進（Ctrl+N）</translation>
    </message>
    <message>
        <source>Done...</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Close the follow-up with a note saying what was done</source>
        <translation>填寫處理情況並結束此項跟進</translation>
    </message>
    <message>
        <source>Reassign...</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Give the follow-up to a colleague</source>
        <translation>把跟進移交給同事</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>服務記錄</translation>
    </message>
    <message>
        <source>Everything the station did with this person (Enter)</source>
        <translation>本站為此人做過的全部服務（Enter）</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see the person&apos;s timeline</source>
        <translation>雙擊一行（或按Enter）檢視此人的服務記錄</translation>
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
        <translation>%1 的跟進已移交給 %2。</translation>
    </message>
    <message>
        <source>Follow-up added for %1, owned by %2.</source>
        <translation>已為 %1 新建跟進，負責人：%2。</translation>
    </message>
    <message>
        <source>An anonymous visitor has no timeline.</source>
        <translation>匿名來訪沒有服務記錄。</translation>
    </message>
    <message>
        <source>%1 open: %2 overdue, %3 due today</source>
        <translation>未完成 %1 項：逾期 %2 項，今天到期 %3 項</translation>
    </message>
    <message>
        <source>No open follow-ups here.</source>
        <translation>這裡沒有未完成的跟進。</translation>
    </message>
</context>
<context>
    <name>GroupRateModel</name>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>應訪</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已訪</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>探訪率</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Lock</source>
        <translation>鎖屏</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>鎖定螢幕（Ctrl+L）</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登入</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Version and where the data is kept</source>
        <translation>版本及資料存放位置</translation>
    </message>
</context>
<context>
    <name>HoursRuleTab</name>
    <message>
        <source>The actual time between check-in and check-out</source>
        <translation>簽到至簽退的實際時間</translation>
    </message>
    <message>
        <source>The shift&apos;s scheduled time (never more than the shift)</source>
        <translation>班次的排班時間（不超過班次時長）</translation>
    </message>
    <message>
        <source>To the minute</source>
        <translation>精確到分鐘</translation>
    </message>
    <message>
        <source>Down to %1 minutes</source>
        <translation>向下取整到 %1 分鐘</translation>
    </message>
    <message>
        <source>No extra credit for arriving early</source>
        <translation>提前到崗不多計時長</translation>
    </message>
    <message>
        <source>Credited time</source>
        <translation>計入時長</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>取整</translation>
    </message>
    <message>
        <source>The rule applies to check-outs from now on; hours already credited keep what they credited. Rounding is always down.</source>
        <translation>規則自此後的簽退起生效；已計入的時長不變。取整一律向下。</translation>
    </message>
    <message>
        <source>Saved. Check-outs from now on are credited by the new rule.</source>
        <translation>已儲存。此後的簽退按新規則計時。</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Check-in desk</source>
        <translation>簽到臺</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>稽核</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>時長統計</translation>
    </message>
    <message>
        <source>Scan a volunteer card, or type a name, initials or a phone&apos;s last 4</source>
        <translation>掃志願者卡，或輸入姓名、拼音首字母、手機號後4位</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>簽退</translation>
    </message>
    <message>
        <source>Enter hours afterwards…</source>
        <translation>補錄時長…</translation>
    </message>
    <message>
        <source>Note for the review (optional)</source>
        <translation>稽核意見（選填）</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>透過（A）</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>駁回（R）</translation>
    </message>
    <message>
        <source>per volunteer</source>
        <translation>按志願者</translation>
    </message>
    <message>
        <source>per team</source>
        <translation>按隊伍</translation>
    </message>
    <message>
        <source>per activity</source>
        <translation>按活動</translation>
    </message>
    <message>
        <source>from</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Today: %1 volunteers, %2 checked in now</source>
        <translation>今日：志願者 %1 人，當前在場 %2 人</translation>
    </message>
    <message>
        <source>%1 entries wait for review</source>
        <translation>%1 條記錄待稽核</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>稽核（%1）</translation>
    </message>
    <message>
        <source>Total %1 h</source>
        <translation>合計時長 %1</translation>
    </message>
    <message>
        <source>Several volunteers match: pick one (number keys or arrows, Enter).</source>
        <translation>有多名志願者符合：請選擇一人（數字鍵或方向鍵，再按Enter）。</translation>
    </message>
    <message>
        <source>Checked out %1: the hours for this shift had been entered already</source>
        <translation>%1 簽退：本班次的時長此前已錄入</translation>
    </message>
    <message>
        <source>Checked out %1, %2 h credited (waits for review)</source>
        <translation>%1 簽退，計入時長 %2（待稽核）</translation>
    </message>
    <message>
        <source>Checked out %1, %2 h credited</source>
        <translation>%1 簽退，計入時長 %2</translation>
    </message>
    <message>
        <source>Checked in already at %1</source>
        <translation>已於 %1 簽到</translation>
    </message>
    <message>
        <source>walk-up service</source>
        <translation>臨時服務</translation>
    </message>
    <message>
        <source>Checked in %1 · %2</source>
        <translation>%1 簽到 · %2</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已透過：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已駁回：%1</translation>
    </message>
</context>
<context>
    <name>HoursWords</name>
    <message>
        <source>desk</source>
        <translation>簽到臺</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>補錄</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>按規則</translation>
    </message>
    <message>
        <source>forgot to check out</source>
        <translation>忘記簽退</translation>
    </message>
    <message>
        <source>no shift</source>
        <translation>無排班</translation>
    </message>
</context>
<context>
    <name>HubStatusModel</name>
    <message>
        <source>Station</source>
        <translation>站點</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>Sites of %1:
%2</source>
        <translation>%1 的終端：
%2</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>The latest bundle imported from this station&apos;s sites</source>
        <translation>最近一次匯入該站點資料包的時間</translation>
    </message>
    <message>
        <source>%1: this PC&apos;s own data</source>
        <translation>%1：本機資料</translation>
    </message>
    <message>
        <source>%1: reported, received %2 (due %3)</source>
        <translation>%1：已報送，%2 收到（截止 %3）</translation>
    </message>
    <message>
        <source>%1: late, was due on %2</source>
        <translation>%1：逾期未報，截止日期 %2</translation>
    </message>
    <message>
        <source>%1: not yet due (due on %2)</source>
        <translation>%1：未到截止日期（%2 截止）</translation>
    </message>
    <message>
        <source>%1: no data (the station was enrolled after it was due)</source>
        <translation>%1：無資料（站點在截止日期後才登記）</translation>
    </message>
    <message>
        <source>station PC</source>
        <translation>站點電腦</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>區級中心</translation>
    </message>
    <message>
        <source>trainer laptop</source>
        <translation>培訓師電腦</translation>
    </message>
</context>
<context>
    <name>HubStatusPanel</name>
    <message>
        <source>Monthly reports of the stations</source>
        <translation>各站點月報報送情況</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>%1 late · %2 not yet due · due on day %3 of the next month</source>
        <translation>逾期 %1 個 · 未到期 %2 個 · 每月 %3 日前報送上月資料</translation>
    </message>
</context>
<context>
    <name>IdleLockTab</name>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>無操作多久後鎖屏</translation>
    </message>
    <message>
        <source>When nobody has used the keyboard or mouse for this long, StationDesk covers its windows and asks for the password again. 0 turns the lock off.</source>
        <translation>鍵盤和滑鼠在這段時間內無人使用時，StationDesk 會遮住視窗並要求重新輸入密碼。設為 0 則不鎖屏。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a file</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>A file from %1</source>
        <translation>來自 %1 的檔案</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站點</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>生成時間</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Changes in the file</source>
        <translation>檔案中的變更</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Everything in this file is already on this PC: importing it again changes nothing (a receipt for the sender is written again).</source>
        <translation>此檔案的全部內容本機已有：再次匯入不會改變任何資料（會為傳送方重新生成回執）。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes all of it at once, or nothing.</source>
        <translation>尚未寫入任何資料。匯入時要麼全部寫入，要麼都不寫入。</translation>
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
        <translation>網格</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>責任社工</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>納入日期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次探訪</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>間隔天數</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免訪</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未探訪</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>無需探訪</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已探訪</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>Due: %1 days left</source>
        <translation>待訪：還剩 %1 天</translation>
    </message>
    <message>
        <source>Days since the last visit</source>
        <translation>距上次探訪的天數</translation>
    </message>
    <message>
        <source>%1: visited on %2</source>
        <translation>%1：已於 %2 探訪</translation>
    </message>
</context>
<context>
    <name>KeyTargets</name>
    <message>
        <source>Choose a tier</source>
        <translation>請選擇級別</translation>
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
        <translation>對象名單</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>探訪情況</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>A new language applies the next time StationDesk starts.</source>
        <translation>新的語言將在下次啟動 StationDesk 時生效。</translation>
    </message>
    <message>
        <source>Saved. Please restart StationDesk to use the new language.</source>
        <translation>已儲存。請重新啟動 StationDesk 以使用新的語言。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk 已鎖定</translation>
    </message>
    <message>
        <source>The screen was locked because nobody used it for a while.</source>
        <translation>由於一段時間無人操作，螢幕已鎖定。</translation>
    </message>
    <message>
        <source>The screen has been locked.</source>
        <translation>螢幕已鎖定。</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>當前登入：%1（%2）</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密碼</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切換使用者</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>密碼錯誤，請重試。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to StationDesk</source>
        <translation>登入 StationDesk</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>StationDesk 社工站前臺</translation>
    </message>
    <message>
        <source>StationDesk: front desk of the social work station</source>
        <translation>StationDesk：社工站全科接待前臺</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Opening the station database, one moment...</source>
        <translation>正在開啟工作站資料庫，請稍候…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception desk</source>
        <translation>接待臺</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Key targets</source>
        <translation>重點對象</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>StationDesk — %1</source>
        <translation>StationDesk — %1</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>StationDesk 社工站前臺</translation>
    </message>
</context>
<context>
    <name>MarkServedDialog</name>
    <message>
        <source>Mark served</source>
        <translation>補記到崗</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Those ticked are credited the shift&apos;s scheduled time and wait for a coordinator&apos;s review.</source>
        <translation>勾選的志願者按排班時間計入時長，待稽核。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — hours already entered</source>
        <translation>%1 — 時長已錄入</translation>
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
        <translation>簽到碼</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入隊日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>離隊日期</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>隊長</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>隊員</translation>
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
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsPanel</name>
    <message>
        <source>Show all</source>
        <translation>檢視全部</translation>
    </message>
    <message>
        <source>Open the follow-ups page</source>
        <translation>開啟跟進頁面</translation>
    </message>
    <message>
        <source>Double-click a row to see the person&apos;s timeline</source>
        <translation>雙擊一行檢視此人的服務記錄</translation>
    </message>
    <message>
        <source>Nothing overdue, nothing due in the next %1 days.</source>
        <translation>沒有逾期的跟進，未來 %1 天內也沒有到期的跟進。</translation>
    </message>
    <message>
        <source>My follow-ups: %1 overdue, %2 due soon</source>
        <translation>我的跟進：逾期 %1 項，即將到期 %2 項</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>我的跟進</translation>
    </message>
</context>
<context>
    <name>MyPasswordTab</name>
    <message>
        <source>Signed in as %1 (%2), user name %3.</source>
        <translation>當前登入：%1（%2），使用者名稱 %3。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>當前密碼</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>當前密碼不正確。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密碼已修改。</translation>
    </message>
</context>
<context>
    <name>NamedListEditor</name>
    <message>
        <source>Rename...</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
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
        <translation>新建跟進</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>下一步要做的事</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服務對象</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 個字元。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>%1 more characters needed.</source>
        <translation>還需要 %1 個字元。</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
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
        <translation>網格</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>責任社工</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>NotYetModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>簽到碼</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>標記</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>One-time notice: %1</source>
        <translation>一次性告知單：%1</translation>
    </message>
    <message>
        <source>notice-%1.pdf</source>
        <translation>一次性告知單-%1.pdf</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知單</translation>
    </message>
    <message>
        <source>Relief type</source>
        <translation>救助類型</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需帶材料</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>No relief types are set up yet.</source>
        <translation>尚未設定救助類型。</translation>
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
        <translation>單位</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>簽到碼</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤場次</translation>
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
        <translation>搜尋：姓名、拼音首字母、簽到碼或單位</translation>
    </message>
    <message>
        <source>Enrol from registry…</source>
        <translation>從人員庫報名…</translation>
    </message>
    <message>
        <source>Find registered people, tick them and enrol them in one go</source>
        <translation>查詢已登記的人員，勾選後一次性報名</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>退出培訓…</translation>
    </message>
    <message>
        <source>Take the participant off the programme; their sign-ins stay on record</source>
        <translation>讓該學員退出本培訓專案；其簽到記錄仍保留</translation>
    </message>
    <message>
        <source>Show withdrawn</source>
        <translation>顯示已退出</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>共 %1 名學員</translation>
    </message>
    <message>
        <source>%1 enrolled.</source>
        <translation>已報名 %1 人。</translation>
    </message>
    <message>
        <source>%1 were enrolled already.</source>
        <translation>%1 人此前已報名。</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 已退出培訓。</translation>
    </message>
    <message>
        <source>Withdraw %1 from the programme? The sessions attended stay on record, and the sign-in code %2 no longer works.</source>
        <translation>確定讓 %1 退出本培訓專案？已出勤的場次仍保留記錄，簽到碼 %2 將不再有效。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退出培訓</translation>
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
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>e.g. 平湖市民政局</source>
        <translation>例如 平湖市民政局</translation>
    </message>
    <message>
        <source>Choose the kind of partner</source>
        <translation>請選擇合作方類型</translation>
    </message>
    <message>
        <source>The person to ask for</source>
        <translation>聯絡時找誰</translation>
    </message>
    <message>
        <source>Mobile or landline with area code, e.g. 0573-85011001</source>
        <translation>手機或帶區號的固定電話，例如 0573-85011001</translation>
    </message>
    <message>
        <source>What they offer, e.g. 低保申请受理、临时救助</source>
        <translation>可提供的服務，例如 低保申請受理、臨時救助</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>提供服務</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>儲存（Ctrl+Enter）</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>提供服務</translation>
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
        <translation>救助部門</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社會組織</translation>
    </message>
    <message>
        <source>Caring enterprise</source>
        <translation>愛心企業</translation>
    </message>
    <message>
        <source>Public-welfare enthusiast</source>
        <translation>公益達人</translation>
    </message>
    <message>
        <source>University volunteer team</source>
        <translation>高校志願者團隊</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Civil affairs, medical insurance, the disabled persons&apos; federation and other relief offices</source>
        <translation>民政、醫保、殘聯等救助部門</translation>
    </message>
    <message>
        <source>Social organisations and professional social work agencies</source>
        <translation>社會組織和專業社工機構</translation>
    </message>
    <message>
        <source>Businesses that give jobs, goods or money</source>
        <translation>提供就業崗位、物資或資金的企業</translation>
    </message>
    <message>
        <source>Individuals who volunteer their time or skills</source>
        <translation>志願貢獻時間或技能的個人</translation>
    </message>
    <message>
        <source>Student volunteer teams of a university or college</source>
        <translation>高校學生志願者團隊</translation>
    </message>
    <message>
        <source>Hospitals, schools, community services and others</source>
        <translation>醫院、學校、社區服務機構等</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Search by name, kind or what they provide, e.g. 低保 or 助老</source>
        <translation>按名稱、類型或提供的服務搜尋，例如 低保 或 助老</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>顯示已停用</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>新增合作方</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No new referrals go to a retired partner; old ones keep its name</source>
        <translation>停用後不能再向其轉介；以往的轉介仍保留其名稱</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Your role may look up partners but not change the directory.</source>
        <translation>您的角色可以查詢合作方，但不能修改合作方名錄。</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is back in the directory.</source>
        <translation>%1 已恢復到名錄中。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>Found %1 of %2 partners</source>
        <translation>共 %2 個合作方，找到 %1 個</translation>
    </message>
    <message>
        <source>Partners in the directory: %1</source>
        <translation>名錄中共有 %1 個合作方</translation>
    </message>
    <message>
        <source>Double-click a partner to edit it</source>
        <translation>雙擊合作方進行編輯</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Site</source>
        <translation>終端</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站點編碼</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>金鑰指紋</translation>
    </message>
    <message>
        <source>Last sent to it</source>
        <translation>最近發給它</translation>
    </message>
    <message>
        <source>Last received from it</source>
        <translation>最近從它收到</translation>
    </message>
    <message>
        <source>Changes it lacks</source>
        <translation>待傳送變更</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint shown on that PC&apos;s Sync page.</source>
        <translation>請與對方電腦“同步”頁顯示的指紋核對。</translation>
    </message>
    <message>
        <source>Export a file for this site to send them.</source>
        <translation>為該終端匯出檔案即可傳送這些變更。</translation>
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
        <translation>未說明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>What the person agreed to, e.g. registry and home visits</source>
        <translation>本人同意的範圍，例如 登記建檔和入戶探訪</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>儲存（Ctrl+Enter 或 Ctrl+S）</translation>
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
        <translation>範圍</translation>
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
        <translation>社區/村</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
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
        <translation>標籤</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
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
        <translation>未登記</translation>
    </message>
    <message>
        <source>Type a new number only to replace the recorded one.</source>
        <translation>僅在需要替換已登記號碼時輸入新號碼。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Taken from the ID number.</source>
        <translation>根據身份證號自動填寫。</translation>
    </message>
    <message>
        <source>Valid: born %1, %2</source>
        <translation>有效：出生於 %1，%2</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan)</source>
        <translation>姓名、拼音首字母、手機號或身份證號（可掃碼）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>改選他人</translation>
    </message>
    <message>
        <source>No one found. Register the person at the reception desk first.</source>
        <translation>未找到。請先在接待臺登記此人。</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區/村</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set a kiosk PIN</source>
        <translation>設定自助簽到的管理員 PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助簽到</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN（4 到 8 位數字）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>再次輸入 PIN</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area comes in a later version of StationDesk.</source>
        <translation>此功能將在 StationDesk 的後續版本中提供。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>選擇印表機並列印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Save a copy of the PDF file</source>
        <translation>儲存一份 PDF 檔案副本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be shown (%2).</source>
        <translation>無法顯示 PDF 檔案 %1（%2）。</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>共 %1 頁</translation>
    </message>
    <message>
        <source>The printer could not be started: please check it and try again.</source>
        <translation>無法啟動印表機：請檢查後重試。</translation>
    </message>
    <message>
        <source>%1 pages sent to %2.</source>
        <translation>已將 %1 頁傳送到 %2。</translation>
    </message>
    <message>
        <source>The chosen page range has no pages of this document.</source>
        <translation>所選頁碼範圍內沒有本文件的頁面。</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF 另存為</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>無法將檔案儲存到 %1。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已儲存到 %1。</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>新建培訓專案</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>e.g. 2026年平湖市社工站运营团队智创营</source>
        <translation>例如 2026年平湖市社工站運營團隊智創營</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>請選擇類型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>e.g. 平湖市民政局</source>
        <translation>例如 平湖市民政局</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，多人用逗號分隔</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>培訓師</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>培訓對象</translation>
    </message>
    <message>
        <source>Share of the sessions</source>
        <translation>出勤比例</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>出勤場次</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>結業條件</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 學時</translation>
    </message>
    <message>
        <source>Continuing-education hours each session counts (up or down by half hours)</source>
        <translation>每場計入的繼續教育學時（按半小時增減）</translation>
    </message>
    <message>
        <source>Hours per session</source>
        <translation>每場學時</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> 場</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>培訓專案</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>學員數</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已歸檔）</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>計入時長</translation>
    </message>
    <message>
        <source>How</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>錄入人</translation>
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
        <translation>原因（選填）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign: %1</source>
        <translation>移交跟進：%1</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>現負責人</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>移交給</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>No colleague may take over this follow-up.</source>
        <translation>沒有可以接手這項跟進的同事。</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>%1 years old</source>
        <translation>%1歲</translation>
    </message>
    <message>
        <source>Resolved on the spot</source>
        <translation>當場解決</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟進</translation>
    </message>
    <message>
        <source>Anonymous, %1, %2</source>
        <translation>匿名，%1，%2</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>來訪接待</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Key target</source>
        <translation>重點對象</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>探訪</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已轉介</translation>
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
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待辦</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Your role may view the day&apos;s walk-ins but not record them.</source>
        <translation>您的角色可以檢視當天的接待記錄，但不能登記。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the walk-in (Ctrl+Enter)</source>
        <translation>儲存接待記錄（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>One-time notice…</source>
        <translation>一次性告知單…</translation>
    </message>
    <message>
        <source>Print the list of documents to bring for a relief type</source>
        <translation>列印某項救助需帶材料的清單</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>來訪人</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan)</source>
        <translation>姓名、拼音首字母、手機或身份證號</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>登記新人員（Ctrl+N）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>改選他人</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>匿名來訪</translation>
    </message>
    <message>
        <source>Record the visit without a name: sex and age band only</source>
        <translation>不記姓名：只記性別和年齡段</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Needs and note</source>
        <translation>需求與備註</translation>
    </message>
    <message>
        <source>A short note: what the person asked, what was done</source>
        <translation>簡要記錄：來訪人問了什麼，做了什麼</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>What the partner is asked to help with</source>
        <translation>請合作方協助的事項</translation>
    </message>
    <message>
        <source>The person agrees to share their data with the partner</source>
        <translation>本人同意向合作方提供個人資料</translation>
    </message>
    <message>
        <source>Only without consent: why the referral is sent anyway</source>
        <translation>僅在未獲同意時填寫：仍需轉介的原因</translation>
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
        <translation>由誰來做：您本人或同事</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Double-click a row to see the person&apos;s timeline</source>
        <translation>雙擊一行檢視此人的服務記錄</translation>
    </message>
    <message>
        <source>Today: %1 walk-ins</source>
        <translation>今日接待：%1 人次</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>匿名來訪</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>No one found. Press Ctrl+N to register a new person.</source>
        <translation>未找到。按 Ctrl+N 登記新人員。</translation>
    </message>
</context>
<context>
    <name>ReconcileGrid</name>
    <message>
        <source>Enter the paper sheet: %1</source>
        <translation>紙質簽到表錄入：%1</translation>
    </message>
    <message>
        <source>%1 — %2 %3–%4, %5</source>
        <translation>%1 — %2 %3–%4，%5</translation>
    </message>
    <message>
        <source>Keys: 1/P present · 2/L late · 3/E excused · 4/A absent · 5/O left early; then the next row</source>
        <translation>按鍵：1/P 準時 · 2/L 遲到 · 3/E 請假 · 4/A 缺勤 · 5/O 早退；按後自動跳到下一行</translation>
    </message>
    <message>
        <source>Row number or code, Enter</source>
        <translation>行號或簽到碼，按Enter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>跳轉到</translation>
    </message>
    <message>
        <source>No row has the number or code “%1”.</source>
        <translation>沒有行號或簽到碼為“%1”的行。</translation>
    </message>
    <message>
        <source>Marked %1 of %2 · attended %3</source>
        <translation>已錄入 %1 / %2 · 出勤 %3</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>簽到碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>錄入人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>錄入時間</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服務對象</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
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
        <translation>轉介時間</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The partner&apos;s reason when returned, why when revoked; otherwise an optional note</source>
        <translation>退回時填寫合作方的理由，撤銷時填寫撤銷原因；其他情況可選填備註</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>標記為已接收</translation>
    </message>
    <message>
        <source>The partner has taken the referral on</source>
        <translation>合作方已接收此轉介</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>標記為已辦結</translation>
    </message>
    <message>
        <source>The partner has helped the person: the referral is closed</source>
        <translation>合作方已為服務對象提供幫助：轉介辦結</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>標記為已退回</translation>
    </message>
    <message>
        <source>The partner sent it back: write down their reason first</source>
        <translation>合作方已退回：請先填寫退回理由</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Withdraw the referral (a manager&apos;s decision, with a reason)</source>
        <translation>撤銷此轉介（由負責人決定，須填寫原因）</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>原因或備註</translation>
    </message>
    <message>
        <source>Your role may view referrals but not change them.</source>
        <translation>您的角色可以檢視轉介，但不能修改。</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>列印轉介單…</translation>
    </message>
    <message>
        <source>The referral slip with its return part, for the partner</source>
        <translation>交給合作方的轉介單（含回執聯）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Referral %1: %2</source>
        <translation>轉介 %1：%2</translation>
    </message>
    <message>
        <source>Tracking code %1</source>
        <translation>回執編號 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, retired from the directory</source>
        <translation>%1，已在名錄中停用</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>The person agreed to share their data with the partner.</source>
        <translation>本人已同意向合作方提供個人資料。</translation>
    </message>
    <message>
        <source>Sent without the person&apos;s consent on %1&apos;s override. Reason: %2</source>
        <translation>未經本人同意，經 %1 特批轉介。原因：%2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，經辦人 %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>當前狀態：%1</translation>
    </message>
    <message>
        <source>Please write down why the partner returned the referral.</source>
        <translation>請填寫合作方退回轉介的理由。</translation>
    </message>
    <message>
        <source>Please say why the referral is revoked.</source>
        <translation>請說明撤銷轉介的原因。</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation>轉介單 %1</translation>
    </message>
    <message>
        <source>referral-slip-%1.pdf</source>
        <translation>轉介單-%1.pdf</translation>
    </message>
    <message>
        <source>The slip could not be written: %1</source>
        <translation>無法生成轉介單：%1</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Tracking code</source>
        <translation>回執編號</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服務對象</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>轉介日期</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>辦理天數</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>經辦人</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Open for more than %1 days: ask the partner how it goes.</source>
        <translation>已超過 %1 天未辦結：請向合作方瞭解進展。</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Type or scan the code on a returned slip, then Enter</source>
        <translation>輸入或掃描回執聯上的編號，然後按Enter</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>回執編號</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open the referral with this code (Enter)</source>
        <translation>開啟此編號的轉介（Enter）</translation>
    </message>
    <message>
        <source>Your role may not view referrals or partners.</source>
        <translation>您的角色無權檢視轉介和合作方。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Partners and resources</source>
        <translation>合作方與資源</translation>
    </message>
    <message>
        <source>Open (sent or accepted)</source>
        <translation>未辦結（已轉介或已接收）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open the selected referral (Enter or double-click)</source>
        <translation>開啟選中的轉介（Enter或雙擊）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>No referral has the code %1.</source>
        <translation>沒有編號為 %1 的轉介。</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>顯示 %1 條</translation>
    </message>
    <message>
        <source>Shown: %1 (scroll for more)</source>
        <translation>顯示 %1 條（向下滾動檢視更多）</translation>
    </message>
    <message>
        <source>%1 open for more than %2 days</source>
        <translation>%1 條超過 %2 天未辦結</translation>
    </message>
</context>
<context>
    <name>RegisterLines</name>
    <message>
        <source>Number</source>
        <translation>證明編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>服務期間</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長（小時）</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>已作廢：%1</translation>
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
        <translation>搜尋：姓名、拼音首字母（zsf）、手機號或後4位、身份證號或後4-6位</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>登記新人員（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>開啟選中的人員（Enter或雙擊）</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>顯示號碼</translation>
    </message>
    <message>
        <source>Show the full ID number and phone; recorded in the audit log</source>
        <translation>顯示完整身份證號和手機號；將記入審計日誌</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected person from the registry</source>
        <translation>從人員庫中移除選中的人員</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區/村</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社區/村</translation>
    </message>
    <message>
        <source>Matching the filters: %1</source>
        <translation>符合篩選條件：%1 人</translation>
    </message>
    <message>
        <source>People in the registry: %1</source>
        <translation>人員庫共 %1 人</translation>
    </message>
    <message>
        <source>Type at least 4 digits of a phone or ID number.</source>
        <translation>手機號或身份證號請至少輸入4位。</translation>
    </message>
    <message>
        <source>No one found. Press Ctrl+N to register a new person.</source>
        <translation>未找到。按 Ctrl+N 登記新人員。</translation>
    </message>
    <message>
        <source>The first %1 matches are shown: type more to narrow the search.</source>
        <translation>僅顯示前 %1 條結果：請繼續輸入以縮小範圍。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>找到 %1 人</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除人員</translation>
    </message>
    <message>
        <source>Remove %1 from the registry? Their past records stay in the history. Please give a reason; it is recorded in the audit log.</source>
        <translation>確定從人員庫中移除 %1？其以往記錄仍保留在歷史中。請填寫原因，原因將記入審計日誌。</translation>
    </message>
</context>
<context>
    <name>ReliefTypesTab</name>
    <message>
        <source>One document per line, e.g. 身份证原件及复印件</source>
        <translation>每行填寫一項材料，例如 身份證原件及影印件</translation>
    </message>
    <message>
        <source>Where to apply, how long it takes … (optional)</source>
        <translation>到哪裡申請、需要多長時間等（選填）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需帶材料</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>New relief type</source>
        <translation>新增救助類型</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation>列印告知單…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>%1 has been saved.</source>
        <translation>%1 已儲存。</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>重新命名 %1</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名稱</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Station report (monthly, quarterly)</source>
        <translation>工作站報表（月報、季報）</translation>
    </message>
    <message>
        <source>The period&apos;s figures and charts, compared with the period before and with last year.</source>
        <translation>本期各項資料和圖表，並與上期、去年同期對比。</translation>
    </message>
    <message>
        <source>station-report</source>
        <translation>工作站報表</translation>
    </message>
    <message>
        <source>Reception log</source>
        <translation>接待登記臺賬</translation>
    </message>
    <message>
        <source>Every walk-in: who came, what they needed, how it ended.</source>
        <translation>每一次來訪：來訪人、訴求、辦理結果。</translation>
    </message>
    <message>
        <source>reception-ledger</source>
        <translation>接待登記臺賬</translation>
    </message>
    <message>
        <source>Home-visit ledger</source>
        <translation>走訪臺賬</translation>
    </message>
    <message>
        <source>Visits to key targets: when, by whom, what was found.</source>
        <translation>重點對象走訪：時間、走訪人、走訪情況。</translation>
    </message>
    <message>
        <source>visit-ledger</source>
        <translation>走訪臺賬</translation>
    </message>
    <message>
        <source>Referral ledger</source>
        <translation>轉介臺賬</translation>
    </message>
    <message>
        <source>Referrals sent to partners and how each ended.</source>
        <translation>轉介到合作單位的事項及辦理結果。</translation>
    </message>
    <message>
        <source>referral-ledger</source>
        <translation>轉介臺賬</translation>
    </message>
    <message>
        <source>Volunteer-service ledger</source>
        <translation>志願服務檯賬</translation>
    </message>
    <message>
        <source>Volunteers&apos; service and their counted hours.</source>
        <translation>志願者的服務記錄和認定時長。</translation>
    </message>
    <message>
        <source>volunteer-ledger</source>
        <translation>志願服務檯賬</translation>
    </message>
    <message>
        <source>Training sign-in ledger</source>
        <translation>培訓簽到臺賬</translation>
    </message>
    <message>
        <source>Training sessions and who signed in.</source>
        <translation>培訓場次及學員簽到情況。</translation>
    </message>
    <message>
        <source>training-ledger</source>
        <translation>培訓簽到臺賬</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period</source>
        <translation>統計期間</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>報表語言</translation>
    </message>
    <message>
        <source>This is the district hub: the report rolls up its stations and prints each station&apos;s highlights as that station wrote them.</source>
        <translation>本機是區級中心：報告彙總各站點資料，並按各站點自己填寫的內容列出其工作亮點。</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones</source>
        <translation>顯示完整身份證號和電話</translation>
    </message>
    <message>
        <source>You will be asked why; each such printout is recorded in the audit log.</source>
        <translation>需填寫原因；每次此類列印都會記入操作日誌。</translation>
    </message>
    <message>
        <source>ID numbers and phones</source>
        <translation>身份證號和電話</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Preview, then choose a printer (Ctrl+P)</source>
        <translation>先預覽，再選擇印表機（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>另存為 Excel…</translation>
    </message>
    <message>
        <source>What stood out in this period: events, achievements, problems, plans.</source>
        <translation>本期亮點：重要活動、工作成效、存在問題、下步計劃。</translation>
    </message>
    <message>
        <source>Save highlights</source>
        <translation>儲存工作亮點</translation>
    </message>
    <message>
        <source>Highlights of the period (printed in the report)</source>
        <translation>本期工作亮點（列印在報表中）</translation>
    </message>
    <message>
        <source>Each period has its own highlights; the report prints them as written.</source>
        <translation>每期的工作亮點單獨儲存，報表按原文列印。</translation>
    </message>
    <message>
        <source>Only a manager may write the highlights.</source>
        <translation>只有管理員可以填寫工作亮點。</translation>
    </message>
    <message>
        <source>Highlights of %1 (printed in the report)</source>
        <translation>%1工作亮點（列印在報表中）</translation>
    </message>
    <message>
        <source>Highlights saved.</source>
        <translation>工作亮點已儲存。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>另存為 Excel</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>顯示完整號碼</translation>
    </message>
    <message>
        <source>Put the full ID numbers and phones in this ledger? The file and your reason are recorded in the audit log.</source>
        <translation>在此臺賬中顯示完整的身份證號和電話？檔案和您填寫的原因將記入操作日誌。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在生成%1…</translation>
    </message>
    <message>
        <source>%1 rows written; finishing the file…</source>
        <translation>已寫入 %1 行，正在完成檔案…</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 rows</source>
        <translation>正在生成%1：第 %2 行，共 %3 行</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未生成檔案。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>為 %1 設定新密碼</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>Show full numbers</source>
        <translation>顯示完整號碼</translation>
    </message>
    <message>
        <source>Show the full ID number and phone of %1? Each viewing is recorded in the audit log.</source>
        <translation>顯示 %1 的完整身份證號和手機號？每次檢視都會記入審計日誌。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Full numbers</source>
        <translation>完整號碼</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>This viewing has been recorded in the audit log. The window closes in a minute.</source>
        <translation>本次檢視已記入審計日誌。視窗將在一分鐘後關閉。</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of the shift</source>
        <translation>班次崗位</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>One role a line: its name, then how many (司机 2).</source>
        <translation>每行一個崗位：先寫崗位名稱，再寫人數（司機 2）。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>New to the registry</source>
        <translation>新登記</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>已在人員庫</translation>
    </message>
    <message>
        <source>Already enrolled</source>
        <translation>已報名</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特長</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>隊伍</translation>
    </message>
    <message>
        <source>Platform number</source>
        <translation>平臺編號</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Found by ID number</source>
        <translation>按身份證號找到</translation>
    </message>
    <message>
        <source>Found by name and mobile</source>
        <translation>按姓名和手機號找到</translation>
    </message>
    <message>
        <source>Found by name among the participants</source>
        <translation>按姓名在學員中找到</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Enrol from a roster</source>
        <translation>匯入報名名單</translation>
    </message>
    <message>
        <source>From an .xlsx file</source>
        <translation>從 .xlsx 檔案匯入</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>貼上名單</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>報名</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Which column holds what (guessed from the headers; change it if needed):</source>
        <translation>各列對應的內容（已根據表頭自動識別，如有誤請修改）：</translation>
    </message>
    <message>
        <source>One person a line: name and mobile, optionally the unit, e.g.
王芳 13912345678 当湖街道</source>
        <translation>每行一人：姓名和手機號，可加單位，例如：
王芳 13912345678 當湖街道</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>選擇名單檔案</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>Enrol %1 people</source>
        <translation>報名 %1 人</translation>
    </message>
    <message>
        <source>Choose a file or paste a list to see what would be enrolled.</source>
        <translation>請選擇檔案或貼上名單，預覽將要報名的人員。</translation>
    </message>
    <message>
        <source>%1 people enrolled (%2 newly registered).</source>
        <translation>已報名 %1 人（其中新登記 %2 人）。</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活動…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>重複排班…</translation>
    </message>
    <message>
        <source>New shift…</source>
        <translation>新建班次…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>歸檔</translation>
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
        <translation>列印…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>匯出 .xlsx…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Role and volunteers</source>
        <translation>崗位與志願者</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>安排志願者…</translation>
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
        <translation>崗位…</translation>
    </message>
    <message>
        <source>Mark served…</source>
        <translation>補記到崗…</translation>
    </message>
    <message>
        <source>Once the shift is over: tick who served; they wait for a coordinator&apos;s review.</source>
        <translation>班次結束後：勾選到崗的志願者，記錄待稽核。</translation>
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
        <translation>%1 · 無班次</translation>
    </message>
    <message>
        <source>%1 shifts, %2 of %3 places filled</source>
        <translation>共 %1 個班次，名額 %3 個，已安排 %2 個</translation>
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
        <translation>還缺 %1 人</translation>
    </message>
    <message>
        <source>Choose a shift to see who is on it.</source>
        <translation>選擇一個班次，檢視安排了哪些志願者。</translation>
    </message>
    <message>
        <source>Restore this shift</source>
        <translation>恢復本班次</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Archive %1? Its shifts stay on the roster.</source>
        <translation>確定歸檔“%1”？其班次仍保留在排班表上。</translation>
    </message>
    <message>
        <source>Archive activity</source>
        <translation>歸檔活動</translation>
    </message>
    <message>
        <source>%1 shifts planned.</source>
        <translation>已排 %1 個班次。</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>已跳過：%1。</translation>
    </message>
    <message>
        <source>Choose a volunteer under a role first.</source>
        <translation>請先選中某個崗位下的志願者。</translation>
    </message>
    <message>
        <source>Take %1 off this shift?</source>
        <translation>確定將 %1 移出本班次？</translation>
    </message>
    <message>
        <source>Skip %1 on %2? The rest of the series stays.</source>
        <translation>確定取消 %2 的“%1”班次？該重複排班的其餘班次不受影響。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>取消班次</translation>
    </message>
    <message>
        <source>%1 marked as served; they wait for a coordinator&apos;s review in the hours tab.</source>
        <translation>已補記 %1 人到崗，待在“服務時長”頁稽核。</translation>
    </message>
    <message>
        <source>%1 already had their hours for this shift.</source>
        <translation>%1 人的本班次時長已有記錄。</translation>
    </message>
    <message>
        <source>Volunteer roster</source>
        <translation>志願者排班表</translation>
    </message>
    <message>
        <source>Save as .xlsx</source>
        <translation>另存為 .xlsx</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Add a series of sessions</source>
        <translation>批次新增場次</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>批次新增</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>On working days</source>
        <translation>每個工作日</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>On the first day&apos;s weekday</source>
        <translation>按第一場的星期幾重複</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重複</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> 場</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次數</translation>
    </message>
    <message>
        <source>Plan ignoring public holidays (only weekends are known)</source>
        <translation>不考慮法定節假日排期（只避開週末）</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>節假日</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>服務內容</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長（小時）</translation>
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
        <translation>新增場次</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>編輯場次</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>%1 people have signed in: the day and time stay.</source>
        <translation>已有 %1 人簽到：日期和時間不能再修改。</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培訓師</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名額</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已簽到</translation>
    </message>
    <message>
        <source>(cancelled) %1</source>
        <translation>（已取消）%1</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>今天的場次</translation>
    </message>
    <message>
        <source>The next session</source>
        <translation>下一場</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Add session…</source>
        <translation>新增場次…</translation>
    </message>
    <message>
        <source>Add one session</source>
        <translation>新增一個場次</translation>
    </message>
    <message>
        <source>Add series…</source>
        <translation>批次新增…</translation>
    </message>
    <message>
        <source>Sessions every week or on working days, public holidays skipped</source>
        <translation>按周或按工作日批次新增場次，自動跳過法定節假日</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Change the session (Enter)</source>
        <translation>修改場次（Enter）</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>取消場次…</translation>
    </message>
    <message>
        <source>The session will not take place</source>
        <translation>該場次不再舉行</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>顯示已取消</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>共 %1 場</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>場次已新增。</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>場次已儲存。</translation>
    </message>
    <message>
        <source>Cancel the session of %1? It stays on record as cancelled.</source>
        <translation>確定取消 %1 的場次？該場次將以“已取消”保留在記錄中。</translation>
    </message>
    <message>
        <source>%1 people have signed in to it.</source>
        <translation>已有 %1 人簽到。</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled.</source>
        <translation>%1 的場次已取消。</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>取消場次</translation>
    </message>
    <message>
        <source>%1 sessions added.</source>
        <translation>已新增 %1 場。</translation>
    </message>
    <message>
        <source>Public holidays skipped: %1.</source>
        <translation>已跳過法定節假日：%1。</translation>
    </message>
    <message>
        <source>Planned without the holiday calendar: check the dates once it is known.</source>
        <translation>排期時未參考節假日安排：安排公佈後請核對日期。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station profile</source>
        <translation>工作站資訊</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>鎖屏</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Need categories</source>
        <translation>需求類別</translation>
    </message>
    <message>
        <source>Relief types</source>
        <translation>救助類型</translation>
    </message>
    <message>
        <source>Key-target visits</source>
        <translation>重點對象探訪</translation>
    </message>
    <message>
        <source>Staff (6430)</source>
        <translation>工作人員（6430）</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志願服務計時</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>我的密碼</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up StationDesk</source>
        <translation>設定 StationDesk</translation>
    </message>
    <message>
        <source>The station PC&apos;s backup</source>
        <translation>站點電腦的備份</translation>
    </message>
    <message>
        <source>StationDesk backup (*.sqlite3);;All files (*)</source>
        <translation>StationDesk 備份 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The backup holds the station %1 (%2). This PC&apos;s database becomes a copy of it, and the station&apos;s users sign in here with their own passwords (user accounts: %3).

Join this station?</source>
        <translation>該備份屬於站點 %1（%2）。本機資料庫將成為它的副本，本站使用者用各自的密碼在本機登入（使用者帳戶：%3 個）。

加入該站點？</translation>
    </message>
    <message>
        <source>Join a station</source>
        <translation>加入站點</translation>
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
        <translation>新增班次</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ShiftSeriesDialog</name>
    <message>
        <source>New series</source>
        <translation>新建重複排班</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>新增</translation>
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
        <translation> 周，按第一天的星期幾重複</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>On working weekdays public holidays are skipped; on weekends the make-up workdays (调休) are skipped.</source>
        <translation>工作日的班次遇法定節假日跳過；週末的班次遇調休上班日跳過。</translation>
    </message>
    <message>
        <source>Plan ignoring public holidays (not known for that year yet)</source>
        <translation>不考慮法定節假日排班（該年安排尚未公佈）</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>節假日</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>On time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遲到</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>請假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>現場簽到（F2）</translation>
    </message>
    <message>
        <source>Self sign-in (kiosk)</source>
        <translation>自助簽到模式</translation>
    </message>
    <message>
        <source>Scan, or type a name, initials or a phone&apos;s last 4</source>
        <translation>掃碼，或輸入姓名、拼音首字母、手機號後4位</translation>
    </message>
    <message>
        <source>Please scan your code</source>
        <translation>請掃碼簽到</translation>
    </message>
    <message>
        <source>Sign in as a walk-in (F2)</source>
        <translation>登記現場簽到（F2）</translation>
    </message>
    <message>
        <source>Several people match. Pick one: arrows or number keys, then Enter; Esc goes back.</source>
        <translation>有多人符合。請用方向鍵或數字鍵選擇一人，再按Enter；按 Esc 返回。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Sign in walk-in</source>
        <translation>現場簽到</translation>
    </message>
    <message>
        <source>Sign in the selected person</source>
        <translation>為選中人員簽到</translation>
    </message>
    <message>
        <source>Not them: sign in as a new walk-in</source>
        <translation>都不是：作為新人員現場簽到</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Walk-in: not on the list</source>
        <translation>現場簽到：不在名單上的人員</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>簽到：%1</translation>
    </message>
    <message>
        <source>%1 %2–%3  %4</source>
        <translation>%1 %2–%3  %4</translation>
    </message>
    <message>
        <source>Signed in %1 / %2
Late %3</source>
        <translation>已簽到 %1 / %2
遲到 %3</translation>
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
        <translation>未找到。請重新掃碼，或諮詢工作人員。</translation>
    </message>
    <message>
        <source>Several people match. Please scan your code, or ask the staff.</source>
        <translation>有多人符合。請掃碼簽到，或諮詢工作人員。</translation>
    </message>
    <message>
        <source>Signed in already at %1</source>
        <translation>已於 %1 簽到</translation>
    </message>
    <message>
        <source>This person may already be enrolled: %1 %2</source>
        <translation>此人可能已報名：%1 %2</translation>
    </message>
    <message>
        <source>This person may already be registered: %1 %2</source>
        <translation>此人可能已在人員庫登記：%1 %2</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手機號相同</translation>
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
        <translation>已報名</translation>
    </message>
    <message>
        <source>in the registry</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>現在簽退</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>PIN 須為 4 到 8 位數字。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 不一致。</translation>
    </message>
    <message>
        <source>Scan your code</source>
        <translation>請掃描簽到碼</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 seconds.</source>
        <translation>PIN 錯誤次數過多：請 %1 秒後再試。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 錯誤。</translation>
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
        <translation>專職</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>持證</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入職日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>離職日期</translation>
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
        <translation>助理社會工作師</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社會工作師</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>高階社會工作師</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>專職</translation>
    </message>
    <message>
        <source>Certified social worker (持证社工)</source>
        <translation>持證社工</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate level</source>
        <translation>證書等級</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入職日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增工作人員</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 has been saved.</source>
        <translation>%1 已儲存。</translation>
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
        <translation>6430 配置標準：專職人員不少於 6 人，其中持證社工不少於 4 人；活躍志願者不少於 30 人（狀態為“正常”，且近 %1 個月內參加過服務）。</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>專職</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>持證社工</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
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
        <translation>StationDesk 已將此資料庫升級到新版本。升級前的資料庫副本儲存在：%1</translation>
    </message>
    <message>
        <source>StationDesk cannot start</source>
        <translation>StationDesk 無法啟動</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>資料庫已升級</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>e.g. 当湖街道社会工作站</source>
        <translation>例如 當湖街道社會工作站</translation>
    </message>
    <message>
        <source>Letters, digits, - and _, e.g. PH-DH</source>
        <translation>字母、數字、- 和 _，例如 PH-DH</translation>
    </message>
    <message>
        <source>Signs the station&apos;s certificates, e.g. 张主任</source>
        <translation>在本站出具的證明上署名，例如 張主任</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>選擇標誌…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除標誌</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名稱</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>工作站編碼</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所屬區縣</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>This file is not a picture StationDesk can read.</source>
        <translation>StationDesk 無法讀取此圖片檔案。</translation>
    </message>
    <message>
        <source>Choose the station logo</source>
        <translation>選擇工作站標誌</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
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
        <translation>歡迎使用 StationDesk。工作站的名稱和標誌會出現在每個介面和每張列印頁上。</translation>
    </message>
    <message>
        <source>This PC joins a station that already uses StationDesk</source>
        <translation>本機加入已在使用 StationDesk 的站點</translation>
    </message>
    <message>
        <source>Start from the station PC&apos;s backup file… (made there under Settings → Backup). The station&apos;s users then sign in here with their own passwords.</source>
        <translation>從站點電腦的備份檔案開始…（在站點電腦的“設定 → 備份”中生成）。本站使用者隨後用各自的密碼在本機登入。</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Only an administrator can change the station profile.</source>
        <translation>只有管理員可以修改工作站資訊。</translation>
    </message>
    <message>
        <source>The station profile has been saved.</source>
        <translation>工作站資訊已儲存。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>準備就緒</translation>
    </message>
    <message>
        <source>Please check. Finish creates the station and signs you in.</source>
        <translation>請核對。點選“完成”將建立工作站並為您登入。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工作站名稱</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>工作站編碼</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所屬區縣</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已選擇</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
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
        <translation>透過 U 盤與本站其他電腦及區級中心交換資料：為對方匯出檔案，匯入收到的檔案。</translation>
    </message>
    <message>
        <source>Read only: exporting, importing and resolving conflicts are for staff and administrators.</source>
        <translation>唯讀：匯出、匯入和處理衝突僅限工作人員和管理員。</translation>
    </message>
    <message>
        <source>Export a file…</source>
        <translation>匯出檔案…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Stations&apos; monthly reports</source>
        <translation>各站點月報</translation>
    </message>
    <message>
        <source>The PCs this one exchanges files with. Before the first exchange each side enrols the other with its enrolment file; compare the key fingerprints on both screens.</source>
        <translation>與本機交換檔案的電腦。首次交換前，雙方用登記檔案互相登記，並在兩臺電腦的螢幕上核對金鑰指紋。</translation>
    </message>
    <message>
        <source>This PC&apos;s key fingerprint: %1</source>
        <translation>本機金鑰指紋：%1</translation>
    </message>
    <message>
        <source>No site enrolled yet: enrol the station PC, a trainer laptop or the district hub first.</source>
        <translation>尚未登記任何終端：請先登記站點電腦、培訓師電腦或區級中心。</translation>
    </message>
    <message>
        <source>Enrol a site…</source>
        <translation>登記終端…</translation>
    </message>
    <message>
        <source>This PC&apos;s enrolment file…</source>
        <translation>本機登記檔案…</translation>
    </message>
    <message>
        <source>Show the QR code and fingerprint, or save the file to a stick.</source>
        <translation>顯示二維碼和指紋，或把檔案儲存到 U 盤。</translation>
    </message>
    <message>
        <source>Enrolled sites (%1)</source>
        <translation>已登記終端（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>衝突（%1）</translation>
    </message>
    <message>
        <source>Your role does not see the enrolled sites and conflicts.</source>
        <translation>您的角色無權檢視已登記終端和衝突。</translation>
    </message>
    <message>
        <source>Scan or paste the code another PC shows, or choose the enrolment file it saved.</source>
        <translation>掃描或貼上另一臺電腦顯示的登記碼，或選擇它儲存的登記檔案。</translation>
    </message>
    <message>
        <source>Only an administrator enrols sites.</source>
        <translation>只有管理員可以登記終端。</translation>
    </message>
    <message>
        <source>Choose before enrolling with other PCs: the enrolment file tells them what this PC is.</source>
        <translation>請在與其他電腦互相登記之前選擇：登記檔案會告訴對方本機是什麼類型。</translation>
    </message>
    <message>
        <source>This PC is:</source>
        <translation>本機類型：</translation>
    </message>
    <message>
        <source>This PC is now a %1.</source>
        <translation>本機現在是%1。</translation>
    </message>
    <message>
        <source>The PCs enrolled before should enrol this PC again, so that they know.</source>
        <translation>之前已登記本機的電腦應重新登記本機，以便知道這一變化。</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2, station %3). Check that its fingerprint %4 is the one its screen shows.</source>
        <translation>已登記 %1（%2，站點 %3）。請確認其指紋 %4 與對方螢幕顯示一致。</translation>
    </message>
    <message>
        <source>Where to write the file (e.g. the USB stick)</source>
        <translation>檔案寫到哪裡（例如 U 盤）</translation>
    </message>
    <message>
        <source>Writing the file for %1…</source>
        <translation>正在為 %1 生成檔案…</translation>
    </message>
    <message>
        <source>no changes: that site already has everything</source>
        <translation>無變更：對方已擁有全部資料</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 changes (%2)</source>
        <translation>%1 項變更（%2）</translation>
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
        <translation>對方金鑰</translation>
    </message>
    <message>
        <source>Written for %1: %2
It holds %3, locked with %4. Take it there and import it.</source>
        <translation>已為 %1 生成：%2
包含%3，已用%4加密。請帶去對方處匯入。</translation>
    </message>
    <message>
        <source>Choose the file received</source>
        <translation>選擇收到的檔案</translation>
    </message>
    <message>
        <source>Receipt from %1 recorded: the next export for it carries only newer changes.</source>
        <translation>已記錄 %1 的回執：下次為其匯出時只包含更新的變更。</translation>
    </message>
    <message>
        <source>This receipt from %1 was recorded before: nothing new.</source>
        <translation>%1 的這份回執此前已記錄，無新內容。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Please type it again:</source>
        <translation>該口令無法開啟檔案，請重新輸入：</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Please type the passphrase you were told:</source>
        <translation>此檔案用口令加密，請輸入對方告知的口令：</translation>
    </message>
    <message>
        <source>Importing the file from %1…</source>
        <translation>正在匯入來自 %1 的檔案…</translation>
    </message>
    <message>
        <source>This file from %1 was imported before: nothing changed.</source>
        <translation>來自 %1 的此檔案此前已匯入，資料未改變。</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>已匯入來自 %1 的資料：%2。</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>無新資料</translation>
    </message>
    <message>
        <source>A receipt for %1 was written: %2 — take it back and import it there.</source>
        <translation>已為 %1 生成回執：%2——請帶回對方處匯入。</translation>
    </message>
    <message>
        <source>The import is done, but the receipt could not be written: %1</source>
        <translation>匯入已完成，但回執未能寫入：%1</translation>
    </message>
    <message>
        <source>Some values were changed on both sides: see the Conflicts tab.</source>
        <translation>部分資料在雙方都被修改過：請檢視“衝突”頁。</translation>
    </message>
    <message>
        <source>%1 conflict(s) were resolved on another PC: closed here too.</source>
        <translation>%1 個衝突已在另一臺電腦上處理，本機也已關閉。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未寫入任何資料。</translation>
    </message>
</context>
<context>
    <name>TagsTab</name>
    <message>
        <source>New tag, e.g. 空巢老人</source>
        <translation>新標籤，例如 空巢老人</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>A retired tag stays on the people who have it, but cannot be given to anyone new.</source>
        <translation>停用的標籤仍保留在已有的人員上，但不能再給新的人員。</translation>
    </message>
    <message>
        <source>Only an administrator can change the tags.</source>
        <translation>只有管理員可以修改標籤。</translation>
    </message>
    <message>
        <source>The tag %1 has been added.</source>
        <translation>標籤 %1 已新增。</translation>
    </message>
</context>
<context>
    <name>TargetHistoryPanel</name>
    <message>
        <source>Visits</source>
        <translation>探訪記錄</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>尚無探訪記錄。</translation>
    </message>
    <message>
        <source>Remove visit…</source>
        <translation>刪除探訪…</translation>
    </message>
    <message>
        <source>Remove a visit logged by mistake (the reason is recorded)</source>
        <translation>刪除誤登記的探訪（原因將被記錄）</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>未選擇對象</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their visits.</source>
        <translation>在列表中選擇一人，檢視其探訪記錄。</translation>
    </message>
    <message>
        <source>%1 since %2 · worker %3</source>
        <translation>%1，自 %2 起 · 責任社工 %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>納入原因：%1</translation>
    </message>
    <message>
        <source>Exemptions: %1</source>
        <translation>免訪：%1</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>刪除探訪記錄</translation>
    </message>
    <message>
        <source>Remove the visit to %1 on %2 (%3)? It no longer counts. The reason is recorded.</source>
        <translation>刪除 %2 對 %1 的探訪（%3）？刪除後不再計入探訪率，原因將被記錄。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The visit on %1 has been removed.</source>
        <translation>%1 的探訪記錄已刪除。</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Search: name, pinyin initials (wf) or grid</source>
        <translation>搜尋：姓名、拼音首字母（wf）或網格</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部級別</translation>
    </message>
    <message>
        <source>Enter or double-click: log a visit</source>
        <translation>Enter或雙擊：登記探訪</translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation>登記探訪…</translation>
    </message>
    <message>
        <source>Log a visit (Enter)</source>
        <translation>登記一次探訪（Enter）</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>納入名單…</translation>
    </message>
    <message>
        <source>Put a person on the list (Ctrl+N)</source>
        <translation>將人員納入重點對象名單（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change tier…</source>
        <translation>調整級別…</translation>
    </message>
    <message>
        <source>Visit more or less often</source>
        <translation>調整探訪頻次</translation>
    </message>
    <message>
        <source>Exempt…</source>
        <translation>免訪…</translation>
    </message>
    <message>
        <source>In hospital, away, refused, moved or deceased</source>
        <translation>住院、外出、拒訪、遷出或去世</translation>
    </message>
    <message>
        <source>End exemption…</source>
        <translation>結束免訪…</translation>
    </message>
    <message>
        <source>The person is back: due again</source>
        <translation>對象已回來：恢復探訪</translation>
    </message>
    <message>
        <source>End enrolment…</source>
        <translation>移出名單…</translation>
    </message>
    <message>
        <source>Take the person off the list</source>
        <translation>將此人移出重點對象名單</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>責任社工</translation>
    </message>
    <message>
        <source>%1 has no exemption to end.</source>
        <translation>%1 沒有需要結束的免訪。</translation>
    </message>
    <message>
        <source>No key targets match.</source>
        <translation>沒有符合條件的重點對象。</translation>
    </message>
    <message>
        <source>No key targets yet.</source>
        <translation>尚無重點對象。</translation>
    </message>
    <message>
        <source>%1 targets, %2 still to visit this period</source>
        <translation>共 %1 名對象，本期還有 %2 人待訪</translation>
    </message>
    <message>
        <source>%1 targets, all visited or not due this period</source>
        <translation>共 %1 名對象，本期均已探訪或無需探訪</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>新建隊伍</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>e.g. 嘉兴学院公益巴士服务队</source>
        <translation>例如 嘉興學院公益巴士服務隊</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所屬單位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Team</source>
        <translation>隊伍</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所屬單位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>隊員數</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>隊長</translation>
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
        <translation>新建隊伍…</translation>
    </message>
    <message>
        <source>Set up a team (Ctrl+N)</source>
        <translation>新建志願者隊伍（Ctrl+N）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Rename or describe the team (F2)</source>
        <translation>修改隊伍名稱或說明（F2）</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Take the team out of the lists; nothing is removed</source>
        <translation>將隊伍移出列表；不會刪除任何資料</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>顯示已停用</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>新增隊員…</translation>
    </message>
    <message>
        <source>Tick volunteers to add</source>
        <translation>勾選要加入的志願者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>The volunteer leaves the team today</source>
        <translation>該志願者從今天起離隊</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>設為隊長</translation>
    </message>
    <message>
        <source>Make the member a team leader, or not</source>
        <translation>設為隊長或取消隊長</translation>
    </message>
    <message>
        <source>Show those who left</source>
        <translation>顯示已離隊的隊員</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>共 %1 支隊伍</translation>
    </message>
    <message>
        <source>Team created.</source>
        <translation>隊伍已建立。</translation>
    </message>
    <message>
        <source>Team saved.</source>
        <translation>隊伍已儲存。</translation>
    </message>
    <message>
        <source>Members added.</source>
        <translation>隊員已新增。</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 已恢復。</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 has left the team.</source>
        <translation>%1 已離隊。</translation>
    </message>
    <message>
        <source>%1 is no longer a leader.</source>
        <translation>%1 不再擔任隊長。</translation>
    </message>
    <message>
        <source>%1 leads the team.</source>
        <translation>%1 已設為隊長。</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的隊員</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>未選擇隊伍</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Not a leader</source>
        <translation>取消隊長</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline: %1</source>
        <translation>服務記錄：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Nothing recorded for this person yet.</source>
        <translation>此人尚無服務記錄。</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務次數</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Course</source>
        <translation>培訓班</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>沙龍</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>講座</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>訓練營</translation>
    </message>
    <message>
        <source>Certified social workers</source>
        <translation>持證社工</translation>
    </message>
    <message>
        <source>Community workers</source>
        <translation>社群工作者</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>網格員</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>At least %1% of the sessions</source>
        <translation>出勤不少於場次的 %1%</translation>
    </message>
    <message>
        <source>At least %1 sessions</source>
        <translation>出勤不少於 %1 場</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 學時</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>尚無場次</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
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
        <translation>開始簽到…</translation>
    </message>
    <message>
        <source>The sign-in screen for the door: scanner, names, kiosk mode</source>
        <translation>門口簽到介面：掃碼、姓名查詢、自助簽到模式</translation>
    </message>
    <message>
        <source>Enter paper sheet…</source>
        <translation>錄入紙質簽到表…</translation>
    </message>
    <message>
        <source>Mark attendance from the signed paper sheet, row by row</source>
        <translation>根據已簽名的紙質簽到表逐行登記出勤</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>匯入名單…</translation>
    </message>
    <message>
        <source>Enrol people from an .xlsx roster or a pasted list</source>
        <translation>從 .xlsx 名單或貼上的名單批次報名</translation>
    </message>
    <message>
        <source>Match walk-ins…</source>
        <translation>匹配現場簽到…</translation>
    </message>
    <message>
        <source>Match people signed in on the spot to the registry</source>
        <translation>將現場簽到的人員與人員庫匹配</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>%1 per session</source>
        <translation>每場 %1</translation>
    </message>
    <message>
        <source>Search programmes: name, organiser or trainer</source>
        <translation>搜尋培訓專案：名稱、主辦單位或培訓師</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已歸檔</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>新建培訓專案…</translation>
    </message>
    <message>
        <source>Set up a course, salon, lecture or camp (Ctrl+N)</source>
        <translation>新建培訓班、沙龍、講座或訓練營（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Change the programme (F2)</source>
        <translation>修改培訓專案（F2）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>歸檔</translation>
    </message>
    <message>
        <source>Take a finished programme out of the list; nothing is removed</source>
        <translation>將已結束的培訓專案移出列表；不會刪除任何資料</translation>
    </message>
    <message>
        <source>Enter: go to the programme&apos;s sessions</source>
        <translation>Enter：進入該培訓專案的場次</translation>
    </message>
    <message>
        <source>Your role may not view training programmes.</source>
        <translation>您的角色無權檢視培訓專案。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>學員</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>共 %1 個培訓專案</translation>
    </message>
    <message>
        <source>(%1 archived)</source>
        <translation>（其中 %1 個已歸檔）</translation>
    </message>
    <message>
        <source>Programme created: %1.</source>
        <translation>已新建培訓專案：%1。</translation>
    </message>
    <message>
        <source>Programme saved: %1.</source>
        <translation>已儲存培訓專案：%1。</translation>
    </message>
    <message>
        <source>%1 is back in the list.</source>
        <translation>%1 已恢復到列表中。</translation>
    </message>
    <message>
        <source>%1 is archived.</source>
        <translation>%1 已歸檔。</translation>
    </message>
    <message>
        <source>No programme chosen</source>
        <translation>未選擇培訓專案</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
</context>
<context>
    <name>TrainingPrinting</name>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Sign-in sheet of the session…</source>
        <translation>本場簽到表…</translation>
    </message>
    <message>
        <source>Attendance of the session…</source>
        <translation>本場考勤記錄…</translation>
    </message>
    <message>
        <source>Attendance of the programme…</source>
        <translation>培訓考勤彙總表…</translation>
    </message>
    <message>
        <source>Sign-in sheet as .xlsx…</source>
        <translation>簽到表匯出為 .xlsx…</translation>
    </message>
    <message>
        <source>Attendance of the session as .xlsx…</source>
        <translation>本場考勤記錄匯出為 .xlsx…</translation>
    </message>
    <message>
        <source>Attendance of the programme as .xlsx…</source>
        <translation>考勤彙總表匯出為 .xlsx…</translation>
    </message>
    <message>
        <source>Badges with QR codes…</source>
        <translation>胸牌（帶二維碼）…</translation>
    </message>
    <message>
        <source>Table cards…</source>
        <translation>桌牌…</translation>
    </message>
    <message>
        <source>Certificates for those who completed…</source>
        <translation>結業證書（發給已結業學員）…</translation>
    </message>
    <message>
        <source>Certificate register…</source>
        <translation>證書登記簿…</translation>
    </message>
    <message>
        <source>Continuing-education record (assistant social worker, 72 h)…</source>
        <translation>繼續教育學時證明（助理社會工作師，72 學時）…</translation>
    </message>
    <message>
        <source>Continuing-education record (social worker, 90 h)…</source>
        <translation>繼續教育學時證明（社會工作師，90 學時）…</translation>
    </message>
    <message>
        <source>Certificate register as .xlsx…</source>
        <translation>證書登記簿匯出為 .xlsx…</translation>
    </message>
    <message>
        <source>Continuing-education record as .xlsx (assistant social worker)…</source>
        <translation>繼續教育學時證明另存為 .xlsx（助理社會工作師）…</translation>
    </message>
    <message>
        <source>Continuing-education record as .xlsx (social worker)…</source>
        <translation>繼續教育學時證明另存為 .xlsx（社會工作師）…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>簽到表</translation>
    </message>
    <message>
        <source>signin-sheet.pdf</source>
        <translation>簽到表.pdf</translation>
    </message>
    <message>
        <source>Attendance of the session</source>
        <translation>培訓考勤記錄</translation>
    </message>
    <message>
        <source>session-attendance.pdf</source>
        <translation>培訓考勤記錄.pdf</translation>
    </message>
    <message>
        <source>Attendance of the programme</source>
        <translation>培訓考勤彙總表</translation>
    </message>
    <message>
        <source>programme-attendance.pdf</source>
        <translation>培訓考勤彙總表.pdf</translation>
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
        <translation>結業證書</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>結業證書.pdf</translation>
    </message>
    <message>
        <source>%1 new certificates issued: %2.</source>
        <translation>新發放結業證書 %1 份：%2。</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>證書登記簿</translation>
    </message>
    <message>
        <source>certificate-register.pdf</source>
        <translation>證書登記簿.pdf</translation>
    </message>
    <message>
        <source>Continuing-education record</source>
        <translation>繼續教育學時證明</translation>
    </message>
    <message>
        <source>continuing-education.pdf</source>
        <translation>繼續教育學時證明.pdf</translation>
    </message>
    <message>
        <source>Save as .xlsx</source>
        <translation>另存為 .xlsx</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>signin-sheet.xlsx</source>
        <translation>簽到表.xlsx</translation>
    </message>
    <message>
        <source>session-attendance.xlsx</source>
        <translation>培訓考勤記錄.xlsx</translation>
    </message>
    <message>
        <source>certificate-register.xlsx</source>
        <translation>證書登記簿.xlsx</translation>
    </message>
    <message>
        <source>continuing-education.xlsx</source>
        <translation>繼續教育學時證明.xlsx</translation>
    </message>
    <message>
        <source>programme-attendance.xlsx</source>
        <translation>培訓考勤彙總表.xlsx</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>Edit a user</source>
        <translation>編輯使用者</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允許登入</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密碼</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>新增使用者…</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>重置密碼…</translation>
    </message>
    <message>
        <source>Lift login lock</source>
        <translation>解除登入鎖定</translation>
    </message>
    <message>
        <source>A user locked after repeated wrong passwords can sign in again once the lock is lifted.</source>
        <translation>因多次輸錯密碼而被鎖定的使用者，在解除鎖定後可以再次登入。</translation>
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
        <translation>%1 可以再次登入了。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log visit</source>
        <translation>登記探訪</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>儲存探訪</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>探訪方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>探訪人</translation>
    </message>
    <message>
        <source>Who came along: a grid worker, a volunteer ...</source>
        <translation>同行人員：網格員、志願者…</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人員</translation>
    </message>
    <message>
        <source>What was found: health, home, needs, mood</source>
        <translation>瞭解到的情況：健康、居住、需求、情緒</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>瞭解情況</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟進</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>下一步要做的事</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦事項</translation>
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
        <translation>探訪人</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>瞭解情況</translation>
    </message>
    <message>
        <source>%1
With: %2</source>
        <translation>%1
同行：%2</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1（不計入）</translation>
    </message>
</context>
<context>
    <name>VisitMethodsEditor</name>
    <message>
        <source>Counts as a visit</source>
        <translation>計入探訪</translation>
    </message>
    <message>
        <source>New method, e.g. 微信视频</source>
        <translation>新的探訪方式，例如 微信影片</translation>
    </message>
    <message>
        <source>Add method</source>
        <translation>新增方式</translation>
    </message>
    <message>
        <source>The method %1 has been added; it counts as a visit.</source>
        <translation>探訪方式 %1 已新增，計入探訪。</translation>
    </message>
    <message>
        <source>Only visits made by a counting method count towards the visit rate. Changing it changes the rate of past periods too. A retired method stays on the visits recorded with it.</source>
        <translation>只有用“計入探訪”的方式進行的探訪才計入探訪率。修改此項也會改變以往各期的探訪率。停用的方式仍保留在已登記的探訪記錄上。</translation>
    </message>
    <message>
        <source>Only an administrator can change the visit methods.</source>
        <translation>只有管理員可以修改探訪方式。</translation>
    </message>
    <message>
        <source>%1 — not counted</source>
        <translation>%1 — 不計入</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>High risk</source>
        <translation>高風險</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重點</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每週</translation>
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
        <translation>未探訪</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Working or staying away</source>
        <translation>外出務工或在外居住</translation>
    </message>
    <message>
        <source>Refused visits</source>
        <translation>拒絕探訪</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已遷出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已去世</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>無變化</translation>
    </message>
    <message>
        <source>Risk raised</source>
        <translation>風險升高</translation>
    </message>
    <message>
        <source>Risk cleared</source>
        <translation>風險解除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1（不計入）</translation>
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
        <translation>無應訪對象</translation>
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
        <translation>每名對象在其級別規定的每個週期內應探訪一次；詳見“探訪情況”。</translation>
    </message>
    <message>
        <source>How often each tier is visited</source>
        <translation>各級別探訪頻次</translation>
    </message>
    <message>
        <source>Visit methods</source>
        <translation>探訪方式</translation>
    </message>
    <message>
        <source>Saved. The coverage view counts with the new cadence.</source>
        <translation>已儲存。“探訪情況”將按新的頻次統計。</translation>
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
        <translation>所屬單位</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>新增志願者</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Person *</source>
        <translation>人員 *</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · 簽到碼 %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>e.g. 嘉兴学院青年志愿者协会, 爱心企业</source>
        <translation>例如 嘉興學院青年志願者協會、愛心企業</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所屬單位</translation>
    </message>
    <message>
        <source>e.g. 驾驶、急救、摄影</source>
        <translation>例如 駕駛、急救、攝影</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特長</translation>
    </message>
    <message>
        <source>e.g. 周三下午、周末</source>
        <translation>例如 週三下午、週末</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可服務時間</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>全国志愿服务信息系统 number, if any</source>
        <translation>全國志願服務資訊系統編號（如有）</translation>
    </message>
    <message>
        <source>Platform number</source>
        <translation>平臺編號</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>VolunteerImportDialog</name>
    <message>
        <source>Import volunteers from a roster</source>
        <translation>從名單匯入志願者</translation>
    </message>
    <message>
        <source>Add %1 volunteers</source>
        <translation>新增 %1 名志願者</translation>
    </message>
    <message>
        <source>Add volunteers</source>
        <translation>新增志願者</translation>
    </message>
    <message>
        <source>%1 volunteers added (%2 newly registered).</source>
        <translation>已新增志願者 %1 人（其中新登記 %2 人）。</translation>
    </message>
    <message>
        <source>Choose a file or paste a list to see who would become a volunteer.</source>
        <translation>請選擇檔案或貼上名單，預覽將成為志願者的人員。</translation>
    </message>
</context>
<context>
    <name>VolunteerList</name>
    <message>
        <source>Search volunteers: name, pinyin initials, phone tail, code or organisation</source>
        <translation>搜尋志願者：姓名、拼音首字母、手機尾號、簽到碼或所屬單位</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>隊伍</translation>
    </message>
    <message>
        <source>New volunteer…</source>
        <translation>新增志願者…</translation>
    </message>
    <message>
        <source>Make a registry person a volunteer (Ctrl+N)</source>
        <translation>將人員庫中的人員登記為志願者（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Change the profile (F2)</source>
        <translation>修改志願者資料（F2）</translation>
    </message>
    <message>
        <source>Active, paused or left (the history stays)</source>
        <translation>正常、暫停或已退出（服務記錄保留）</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>匯入名單…</translation>
    </message>
    <message>
        <source>Volunteers from an .xlsx roster: preview first, nothing is written until you confirm</source>
        <translation>從 .xlsx 名單匯入志願者：先預覽，確認後才會寫入</translation>
    </message>
    <message>
        <source>Volunteer cards</source>
        <translation>志願者服務卡</translation>
    </message>
    <message>
        <source>Cards with the QR code the desk&apos;s scanner reads, 8 a page</source>
        <translation>帶二維碼的服務卡，簽到臺掃碼即可簽到；每頁 8 張</translation>
    </message>
    <message>
        <source>Card of the chosen volunteer…</source>
        <translation>列印選中志願者的服務卡…</translation>
    </message>
    <message>
        <source>Cards of the volunteers shown…</source>
        <translation>列印列表中志願者的服務卡…</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>共 %1 名志願者</translation>
    </message>
    <message>
        <source>%1 is now a volunteer.</source>
        <translation>%1 已成為志願者。</translation>
    </message>
    <message>
        <source>Profile saved: %1.</source>
        <translation>已儲存資料：%1。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 的狀態已改為“%2”。</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>全部隊伍</translation>
    </message>
    <message>
        <source>volunteer-cards.pdf</source>
        <translation>志願者服務卡.pdf</translation>
    </message>
</context>
<context>
    <name>VolunteerPreviewModel</name>
    <message>
        <source>Team</source>
        <translation>隊伍</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所屬單位</translation>
    </message>
</context>
<context>
    <name>VolunteerRoster</name>
    <message>
        <source>public holiday</source>
        <translation>法定節假日</translation>
    </message>
    <message>
        <source>make-up workday (调休)</source>
        <translation>調休上班日</translation>
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
        <translation>崗位 %1 安排後將有 %2 人，名額只有 %3 個。</translation>
    </message>
    <message>
        <source>New to the registry</source>
        <translation>新登記</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>已在人員庫</translation>
    </message>
    <message>
        <source>Already a volunteer</source>
        <translation>已是志願者</translation>
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
        <translation>簽到碼</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所屬單位</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>所屬隊伍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時長（小時）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>特長：%1</translation>
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
        <translation>暫停</translation>
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
        <translation>志願者</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>隊伍</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服務時長</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>證明</translation>
    </message>
    <message>
        <source>Your role may not view volunteers.</source>
        <translation>您的角色無權檢視志願者。</translation>
    </message>
</context>
<context>
    <name>WalkInDayModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>來訪人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
</context>
<context>
    <name>WalkInMatchDialog</name>
    <message>
        <source>Match walk-ins to the registry</source>
        <translation>現場簽到人員與人員庫匹配</translation>
    </message>
    <message>
        <source>Match to the selected person</source>
        <translation>匹配到選中人員</translation>
    </message>
    <message>
        <source>Register as a new person</source>
        <translation>登記為新人員</translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation>撤銷匹配</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Who this walk-in may be</source>
        <translation>此現場簽到人員可能是</translation>
    </message>
    <message>
        <source>Walk-ins not matched yet (%1)</source>
        <translation>尚未匹配的現場簽到人員（%1）</translation>
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
        <translation>該學員也是現場簽到人員：請先將其與人員庫匹配。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <source>Already registered: %1. Register a new person anyway?</source>
        <translation>已有登記：%1。仍要登記為新人員嗎？</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然登記</translation>
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
        <translation>手機號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>簽到碼</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>簽到場次</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>匹配到</translation>
    </message>
    <message>
        <source>merged into their enrolment</source>
        <translation>已併入其報名記錄</translation>
    </message>
    <message>
        <source>their enrolment now</source>
        <translation>已轉為其報名</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>e.g. 当湖街道社会工作站三楼会议室</source>
        <translation>例如 當湖街道社會工作站三樓會議室</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培訓師</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名額</translation>
    </message>
    <message>
        <source> min after the start</source>
        <translation> 分鐘（從開始時計）</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遲到時限</translation>
    </message>
    <message>
        <source>Counts other than the programme&apos;s %1:</source>
        <translation>不按培訓專案預設的 %1 計算，改為：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 學時</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>學時</translation>
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
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>拒絕登入：帳戶已鎖定</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登入</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>螢幕解鎖</translation>
    </message>
    <message>
        <source>Wrong password at the screen lock</source>
        <translation>鎖屏時密碼錯誤</translation>
    </message>
    <message>
        <source>Refused: not allowed for the role</source>
        <translation>拒絕：角色無此權限</translation>
    </message>
    <message>
        <source>Station set up</source>
        <translation>建立工作站</translation>
    </message>
    <message>
        <source>Station profile changed</source>
        <translation>修改工作站資訊</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>User or role changed</source>
        <translation>修改使用者或角色</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密碼</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密碼</translation>
    </message>
    <message>
        <source>Login lock lifted</source>
        <translation>解除登入鎖定</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Tag retired</source>
        <translation>停用標籤</translation>
    </message>
    <message>
        <source>Tag restored</source>
        <translation>恢復標籤</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改設定</translation>
    </message>
    <message>
        <source>Saved despite a possible duplicate</source>
        <translation>疑似重複仍儲存</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>移除人員</translation>
    </message>
    <message>
        <source>Full ID number or phone shown</source>
        <translation>檢視完整身份證號或手機號</translation>
    </message>
    <message>
        <source>Demo station built</source>
        <translation>生成演示工作站</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>Referral slip printed</source>
        <translation>列印轉介單</translation>
    </message>
    <message>
        <source>Key-target enrolment removed</source>
        <translation>刪除重點對象登記</translation>
    </message>
    <message>
        <source>Home visit removed</source>
        <translation>刪除探訪記錄</translation>
    </message>
    <message>
        <source>Visit cadence of a tier changed</source>
        <translation>修改級別探訪頻次</translation>
    </message>
    <message>
        <source>Visit method changed</source>
        <translation>修改探訪方式</translation>
    </message>
    <message>
        <source>Relief type added</source>
        <translation>新增救助類型</translation>
    </message>
    <message>
        <source>Relief type changed</source>
        <translation>修改救助類型</translation>
    </message>
    <message>
        <source>Relief type retired</source>
        <translation>停用救助類型</translation>
    </message>
    <message>
        <source>Relief type restored</source>
        <translation>恢復救助類型</translation>
    </message>
    <message>
        <source>Visit coverage report printed</source>
        <translation>列印探訪情況報表</translation>
    </message>
    <message>
        <source>Training sign-in sheet or attendance printed</source>
        <translation>列印培訓簽到表或考勤記錄</translation>
    </message>
    <message>
        <source>Training list exported as a spreadsheet</source>
        <translation>匯出培訓表格</translation>
    </message>
    <message>
        <source>Volunteer roster printed</source>
        <translation>列印志願者排班表</translation>
    </message>
    <message>
        <source>Volunteer roster exported as a spreadsheet</source>
        <translation>匯出志願者排班表</translation>
    </message>
    <message>
        <source>Ledger printed</source>
        <translation>列印臺賬</translation>
    </message>
    <message>
        <source>Ledger exported as a spreadsheet</source>
        <translation>臺賬匯出為電子表格</translation>
    </message>
    <message>
        <source>Station report printed</source>
        <translation>列印工作站報表</translation>
    </message>
    <message>
        <source>Station report exported as a spreadsheet</source>
        <translation>匯出工作站報表（表格）</translation>
    </message>
    <message>
        <source>Station report highlights written</source>
        <translation>填寫站點報告工作亮點</translation>
    </message>
    <message>
        <source>Copied database given a site id of its own</source>
        <translation>複製的資料庫已獲得新的終端標識</translation>
    </message>
    <message>
        <source>Sync enrolment file written</source>
        <translation>生成同步登記檔案</translation>
    </message>
    <message>
        <source>Site enrolled for sync</source>
        <translation>登記同步終端</translation>
    </message>
    <message>
        <source>Sync bundle exported</source>
        <translation>匯出同步資料包</translation>
    </message>
    <message>
        <source>Sync bundle imported</source>
        <translation>匯入同步資料包</translation>
    </message>
    <message>
        <source>Sync receipt imported</source>
        <translation>匯入同步回執</translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation>處理同步衝突</translation>
    </message>
    <message>
        <source>This PC joined its station from the station PC&apos;s backup</source>
        <translation>本機從站點電腦的備份加入站點</translation>
    </message>
    <message>
        <source>Training roster imported</source>
        <translation>匯入培訓名單</translation>
    </message>
    <message>
        <source>Training walk-in matched to a person</source>
        <translation>匹配培訓現場簽到人員</translation>
    </message>
    <message>
        <source>Training walk-in match undone</source>
        <translation>撤銷培訓現場簽到匹配</translation>
    </message>
    <message>
        <source>Volunteer roster imported</source>
        <translation>匯入志願者名單</translation>
    </message>
    <message>
        <source>Volunteer cards printed</source>
        <translation>列印志願者服務卡</translation>
    </message>
    <message>
        <source>Need category added</source>
        <translation>新增需求類別</translation>
    </message>
    <message>
        <source>Need category renamed</source>
        <translation>重新命名需求類別</translation>
    </message>
    <message>
        <source>Need category retired</source>
        <translation>停用需求類別</translation>
    </message>
    <message>
        <source>Need category restored</source>
        <translation>恢復需求類別</translation>
    </message>
    <message>
        <source>Walk-in removed</source>
        <translation>刪除接待記錄</translation>
    </message>
    <message>
        <source>Follow-up completed</source>
        <translation>完成跟進</translation>
    </message>
    <message>
        <source>Follow-up handed to another user</source>
        <translation>移交跟進</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>新增合作方</translation>
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
        <translation>恢復合作方</translation>
    </message>
    <message>
        <source>Referral sent: data shared with a partner</source>
        <translation>轉介：向合作方提供資料</translation>
    </message>
    <message>
        <source>Referral sent on a manager&apos;s override</source>
        <translation>經負責人特批轉介</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>轉介狀態變更</translation>
    </message>
    <message>
        <source>Referral revoked</source>
        <translation>撤銷轉介</translation>
    </message>
    <message>
        <source>Completion certificate issued</source>
        <translation>發放結業證書</translation>
    </message>
    <message>
        <source>Completion certificate voided</source>
        <translation>作廢結業證書</translation>
    </message>
    <message>
        <source>Certificates or certificate register printed</source>
        <translation>列印結業證書或證書登記簿</translation>
    </message>
    <message>
        <source>Participant badges printed</source>
        <translation>列印學員胸牌/桌牌</translation>
    </message>
    <message>
        <source>Continuing-education ledger printed</source>
        <translation>列印繼續教育學時證明</translation>
    </message>
    <message>
        <source>Volunteer-service certificate issued</source>
        <translation>出具志願服務記錄證明</translation>
    </message>
    <message>
        <source>Volunteer-service certificate voided</source>
        <translation>作廢志願服務記錄證明</translation>
    </message>
    <message>
        <source>Volunteer-service certificate or register printed</source>
        <translation>列印志願服務記錄證明或登記簿</translation>
    </message>
    <message>
        <source>Volunteer-hours public notice list printed</source>
        <translation>列印志願服務時長公示名單</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>請輸入身份證號。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份證號應為18位，這裡是 %1 位。</translation>
    </message>
    <message>
        <source>The ID number has a wrong character at position %1.</source>
        <translation>身份證號第 %1 位的字元有誤。</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character should be %1: please check for a typo.</source>
        <translation>身份證號最後一位應為 %1：請檢查是否輸錯。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>身份證號中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is in the future.</source>
        <translation>身份證號中的出生日期晚於今天。</translation>
    </message>
    <message>
        <source>The area code %1 at the start of the ID number does not exist.</source>
        <translation>身份證號開頭的地區碼 %1 不存在。</translation>
    </message>
    <message>
        <source>Please enter an 11-digit mobile number starting with 13-19.</source>
        <translation>請輸入以13-19開頭的11位手機號。</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>請輸入姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>姓名太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Please choose the sex.</source>
        <translation>請選擇性別。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚於今天。</translation>
    </message>
    <message>
        <source>This person no longer exists in the registry.</source>
        <translation>人員庫中已沒有此人。</translation>
    </message>
    <message>
        <source>%1 people like this are already registered.</source>
        <translation>已有 %1 位相似的人員登記在冊。</translation>
    </message>
    <message>
        <source>This field cannot be revealed.</source>
        <translation>此欄位不能顯示。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <source>Your role may not do this. The attempt has been recorded.</source>
        <translation>您的角色無權進行此操作。本次嘗試已被記錄。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>Too many failed attempts: please wait %1 seconds, or ask an administrator.</source>
        <translation>失敗次數過多：請等待 %1 秒，或聯絡管理員。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>A user name cannot be empty or contain spaces.</source>
        <translation>使用者名稱不能為空，也不能包含空格。</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>使用者名稱 %1 已被使用。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>此使用者已不存在。</translation>
    </message>
    <message>
        <source>The station needs at least one active administrator.</source>
        <translation>工作站至少需要一位啟用的管理員。</translation>
    </message>
    <message>
        <source>This station has already been set up.</source>
        <translation>此工作站已經設定過了。</translation>
    </message>
    <message>
        <source>Please enter the station&apos;s name.</source>
        <translation>請輸入工作站名稱。</translation>
    </message>
    <message>
        <source>The station code may hold only letters, digits, - and _.</source>
        <translation>工作站編碼只能包含字母、數字、- 和 _。</translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 KB).</source>
        <translation>標誌圖片太大（最大 %1 KB）。</translation>
    </message>
    <message>
        <source>The station profile is missing.</source>
        <translation>缺少工作站資訊。</translation>
    </message>
    <message>
        <source>The name of the person in charge may have at most %1 characters.</source>
        <translation>負責人姓名最多 %1 個字。</translation>
    </message>
    <message>
        <source>A tag name needs 1 to 32 characters.</source>
        <translation>標籤名稱需要1到32個字。</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>標籤 %1 已存在。</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>此標籤已不存在。</translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation>不支援此語言。</translation>
    </message>
    <message>
        <source>The idle lock must be between %1 and %2 minutes.</source>
        <translation>鎖屏時間須在 %1 到 %2 分鐘之間。</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be backed up this way.</source>
        <translation>只有 SQLite 資料庫檔案可以這樣備份。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>備份不能覆蓋資料庫本身。</translation>
    </message>
    <message>
        <source>The file %1 is not a StationDesk database.</source>
        <translation>檔案 %1 不是 StationDesk 資料庫。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>無法讀取資料庫檔案 %1。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>資料庫檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>StationDesk cannot use a %1 database yet: please use a SQLite file.</source>
        <translation>StationDesk 暫不支援 %1 資料庫：請使用 SQLite 檔案。</translation>
    </message>
    <message>
        <source>Please pick a person, or mark the visitor anonymous with sex and age band.</source>
        <translation>請選擇來訪人，或標記為匿名並填寫性別和年齡段。</translation>
    </message>
    <message>
        <source>Please tick at least one need.</source>
        <translation>請至少勾選一項需求。</translation>
    </message>
    <message>
        <source>Please choose the outcome.</source>
        <translation>請選擇處理結果。</translation>
    </message>
    <message>
        <source>The arrival time is in the future.</source>
        <translation>來訪時間晚於現在。</translation>
    </message>
    <message>
        <source>An anonymous visitor cannot be referred: please pick or register the person.</source>
        <translation>匿名來訪不能轉介：請選擇或登記來訪人。</translation>
    </message>
    <message>
        <source>A referred walk-in needs the referral&apos;s partner and need.</source>
        <translation>轉介需要填寫合作方和需求。</translation>
    </message>
    <message>
        <source>The need %1 is no longer in use.</source>
        <translation>需求類別 %1 已停用。</translation>
    </message>
    <message>
        <source>The owner must be an active user who may record reception work.</source>
        <translation>負責人必須是可以登記接待工作的在用使用者。</translation>
    </message>
    <message>
        <source>Please say why the walk-in is removed.</source>
        <translation>請說明刪除這條接待記錄的原因。</translation>
    </message>
    <message>
        <source>This walk-in no longer exists.</source>
        <translation>這條接待記錄已不存在。</translation>
    </message>
    <message>
        <source>A follow-up needs an owner who may record reception work.</source>
        <translation>跟進需要一位可以登記接待工作的負責人。</translation>
    </message>
    <message>
        <source>Please enter the follow-up&apos;s due date.</source>
        <translation>請填寫跟進的截止日期。</translation>
    </message>
    <message>
        <source>The follow-up&apos;s due date is in the past.</source>
        <translation>跟進的截止日期早於今天。</translation>
    </message>
    <message>
        <source>Please say what was done.</source>
        <translation>請說明做了什麼。</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>這項跟進已經完成。</translation>
    </message>
    <message>
        <source>This follow-up needs a person.</source>
        <translation>這項跟進需要指定來訪人。</translation>
    </message>
    <message>
        <source>The follow-up and its walk-in are of different people.</source>
        <translation>跟進與其接待記錄不是同一個人。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>這項跟進已不存在。</translation>
    </message>
    <message>
        <source>Please say what the person needs from the partner.</source>
        <translation>請說明需要合作方提供的幫助。</translation>
    </message>
    <message>
        <source>The need is too long (at most %1 characters).</source>
        <translation>需求太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The override reason is too long (at most %1 characters).</source>
        <translation>特批原因太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The person&apos;s consent to share their data is required.</source>
        <translation>需要本人同意提供個人資料。</translation>
    </message>
    <message>
        <source>Sending without consent needs a reason.</source>
        <translation>未獲同意而轉介，需要說明原因。</translation>
    </message>
    <message>
        <source>The partner %1 is no longer in the directory&apos;s use.</source>
        <translation>合作方 %1 已停用。</translation>
    </message>
    <message>
        <source>The referral and its walk-in are of different people.</source>
        <translation>轉介與其接待記錄不是同一個人。</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>只有負責人可以這樣做。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>這條轉介已不存在。</translation>
    </message>
    <message>
        <source>This is not a referral tracking code.</source>
        <translation>這不是轉介回執編號。</translation>
    </message>
    <message>
        <source>The tracking code has a typo: please check it.</source>
        <translation>回執編號有誤：請核對。</translation>
    </message>
    <message>
        <source>This step is not possible from the referral&apos;s present status.</source>
        <translation>轉介當前的狀態下不能進行這一步。</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>原因太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>該合作方已不存在。</translation>
    </message>
    <message>
        <source>Please enter the partner&apos;s name.</source>
        <translation>請輸入合作方名稱。</translation>
    </message>
    <message>
        <source>Please choose what kind of partner this is.</source>
        <translation>請選擇合作方類型。</translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation>%1 已在合作方名錄中。</translation>
    </message>
    <message>
        <source>The contact&apos;s name is too long (at most %1 characters).</source>
        <translation>聯絡人姓名太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The phone is too long (at most %1 characters).</source>
        <translation>聯絡電話太長（最多 %1 個字元）。</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>地址太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>What the partner provides is too long (at most %1 characters).</source>
        <translation>提供服務一欄太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>A need&apos;s name needs 1 to %1 characters.</source>
        <translation>需求類別名稱需要1到 %1 個字。</translation>
    </message>
    <message>
        <source>The need %1 already exists.</source>
        <translation>需求類別 %1 已存在。</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>該需求類別已不存在。</translation>
    </message>
    <message>
        <source>Please choose the person.</source>
        <translation>請選擇人員。</translation>
    </message>
    <message>
        <source>Please choose a tier.</source>
        <translation>請選擇級別。</translation>
    </message>
    <message>
        <source>Please say why the person is a key target.</source>
        <translation>請說明此人列為重點對象的原因。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>備註太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The worker must be an active user who may record reception work.</source>
        <translation>責任社工必須是可以登記接待工作的在用使用者。</translation>
    </message>
    <message>
        <source>Please enter the start date.</source>
        <translation>請填寫開始日期。</translation>
    </message>
    <message>
        <source>The start date is in the future.</source>
        <translation>開始日期晚於今天。</translation>
    </message>
    <message>
        <source>Please enter the end date.</source>
        <translation>請填寫結束日期。</translation>
    </message>
    <message>
        <source>The end date is in the future.</source>
        <translation>結束日期晚於今天。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>This person is already a key target at that time.</source>
        <translation>此人在該時間已是重點對象。</translation>
    </message>
    <message>
        <source>This enrolment has already ended.</source>
        <translation>此人已移出名單。</translation>
    </message>
    <message>
        <source>The person already has this tier.</source>
        <translation>此人已是該級別。</translation>
    </message>
    <message>
        <source>The change must fall after the enrolment&apos;s start and before its end.</source>
        <translation>調整日期須在納入日期之後、移出日期之前。</translation>
    </message>
    <message>
        <source>Please choose why the visits are excused.</source>
        <translation>請選擇免訪原因。</translation>
    </message>
    <message>
        <source>The exemption must start while the person is enrolled.</source>
        <translation>免訪開始日期須在此人在冊期間。</translation>
    </message>
    <message>
        <source>Please say why it is removed.</source>
        <translation>請說明刪除原因。</translation>
    </message>
    <message>
        <source>This key-target enrolment no longer exists.</source>
        <translation>這條重點對象登記已不存在。</translation>
    </message>
    <message>
        <source>This exemption no longer exists.</source>
        <translation>這條免訪記錄已不存在。</translation>
    </message>
    <message>
        <source>Please enter the date of the visit.</source>
        <translation>請填寫探訪日期。</translation>
    </message>
    <message>
        <source>The visit date is in the future.</source>
        <translation>探訪日期晚於今天。</translation>
    </message>
    <message>
        <source>The visit date falls outside the person&apos;s time on the key-target list.</source>
        <translation>探訪日期不在此人列為重點對象的期間內。</translation>
    </message>
    <message>
        <source>Please choose how the visit was made.</source>
        <translation>請選擇探訪方式。</translation>
    </message>
    <message>
        <source>The visitor must be an active user who may record reception work.</source>
        <translation>探訪人必須是可以登記接待工作的在用使用者。</translation>
    </message>
    <message>
        <source>The companions are too long (at most %1 characters).</source>
        <translation>同行人員太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Please choose how the risk changed.</source>
        <translation>請選擇風險變化情況。</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>這條探訪記錄已不存在。</translation>
    </message>
    <message>
        <source>This is not a whole calendar week, month or quarter.</source>
        <translation>這不是一個完整的自然周、自然月或季度。</translation>
    </message>
    <message>
        <source>The tier %1 has no visit cadence: please set one in the settings.</source>
        <translation>級別“%1”尚未設定探訪頻次：請在設定中設定。</translation>
    </message>
    <message>
        <source>Please enter the programme&apos;s name.</source>
        <translation>請輸入培訓專案名稱。</translation>
    </message>
    <message>
        <source>Please choose the type of programme.</source>
        <translation>請選擇培訓專案類型。</translation>
    </message>
    <message>
        <source>Unknown target group.</source>
        <translation>未知的培訓對象類別。</translation>
    </message>
    <message>
        <source>The time a session counts must be from 0 to 24 hours.</source>
        <translation>每場計入的學時須在 0 到 24 之間。</translation>
    </message>
    <message>
        <source>The organiser is too long (at most %1 characters).</source>
        <translation>主辦單位太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The trainers are too long (at most %1 characters).</source>
        <translation>培訓師一欄太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The share of sessions must be from 1 to 100 percent.</source>
        <translation>出勤比例須在 1% 到 100% 之間。</translation>
    </message>
    <message>
        <source>At least one session must be required.</source>
        <translation>結業條件至少為出勤 1 場。</translation>
    </message>
    <message>
        <source>The public holidays of %1 are not known yet (they are announced in the autumn before).</source>
        <translation>%1 年的法定節假日安排尚未公佈（通常在前一年秋季公佈）。</translation>
    </message>
    <message>
        <source>Repeat every 1 week or more.</source>
        <translation>重複間隔至少為 1 周。</translation>
    </message>
    <message>
        <source>A series has from 1 to %1 sessions.</source>
        <translation>批次新增的場次須為 1 到 %1 場。</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>該培訓專案已不存在。</translation>
    </message>
    <message>
        <source>This session no longer exists or was cancelled.</source>
        <translation>該場次已不存在或已取消。</translation>
    </message>
    <message>
        <source>Please enter the session&apos;s day, start and end.</source>
        <translation>請填寫場次的日期、開始時間和結束時間。</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>場次的結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>The capacity must be at least 1, or left empty.</source>
        <translation>名額至少為 1，或設為不限。</translation>
    </message>
    <message>
        <source>Late after 0 to 240 minutes from the start.</source>
        <translation>遲到時限須為開始後 0 到 240 分鐘。</translation>
    </message>
    <message>
        <source>The venue is too long (at most %1 characters).</source>
        <translation>地點太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The trainer is too long (at most %1 characters).</source>
        <translation>培訓師姓名太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The topic is too long (at most %1 characters).</source>
        <translation>主題太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>A cancelled session cannot be changed.</source>
        <translation>已取消的場次不能修改。</translation>
    </message>
    <message>
        <source>%1 people have signed in to this session: its day and time can no longer change.</source>
        <translation>該場次已有 %1 人簽到：日期和時間不能再修改。</translation>
    </message>
    <message>
        <source>Find the people to enrol and tick them first.</source>
        <translation>請先查詢並勾選要報名的人員。</translation>
    </message>
    <message>
        <source>This participant is no longer enrolled.</source>
        <translation>該學員已不在報名名單中。</translation>
    </message>
    <message>
        <source>Please save it as a .pdf or an .xlsx file.</source>
        <translation>請儲存為 .pdf 或 .xlsx 檔案。</translation>
    </message>
    <message>
        <source>Please choose either one session or a whole programme.</source>
        <translation>請選擇一個場次或整個培訓專案。</translation>
    </message>
    <message>
        <source>The roster file %1 does not exist.</source>
        <translation>名單檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook: please save it from Excel or WPS as .xlsx.</source>
        <translation>這不是 .xlsx 工作簿：請在 Excel 或 WPS 中另存為 .xlsx。</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>工作簿中沒有工作表 %1。</translation>
    </message>
    <message>
        <source>No column of names was found: please choose which column holds the names.</source>
        <translation>未找到姓名列：請指定哪一列是姓名。</translation>
    </message>
    <message>
        <source>A chosen column is not in the roster: please choose the columns again.</source>
        <translation>所選的列不在名單中：請重新選擇各列。</translation>
    </message>
    <message>
        <source>The roster has more than %1 rows: please split it.</source>
        <translation>名單超過 %1 行：請拆分後分批匯入。</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>Not an 11-digit mobile number.</source>
        <translation>不是11位手機號。</translation>
    </message>
    <message>
        <source>Not a birth date (write it as 1980-01-02, 1980/1/2 or 1980年1月2日).</source>
        <translation>出生日期無效（請寫作 1980-01-02、1980/1/2 或 1980年1月2日）。</translation>
    </message>
    <message>
        <source>The sex is neither 男 nor 女.</source>
        <translation>性別既不是“男”也不是“女”。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number and lost digits: format the column as text.</source>
        <translation>身份證號被存成了數字，丟失了位數：請將該列設定為文字格式。</translation>
    </message>
    <message>
        <source>The same person as row %1.</source>
        <translation>與第 %1 行是同一人。</translation>
    </message>
    <message>
        <source>This ID number is registered under another name.</source>
        <translation>此身份證號已登記在另一個姓名下。</translation>
    </message>
    <message>
        <source>The ID number and the mobile belong to two different registered people.</source>
        <translation>身份證號和手機號分別屬於兩位不同的已登記人員。</translation>
    </message>
    <message>
        <source>Several registered people have this name and mobile.</source>
        <translation>有多位已登記人員的姓名和手機號與此相同。</translation>
    </message>
    <message>
        <source>A name alone, and people of this name are registered: add a mobile or ID number.</source>
        <translation>只有姓名，且人員庫中已有同名人員：請補充手機號或身份證號。</translation>
    </message>
    <message>
        <source>Someone of this name and birth date is registered: enrol them from the registry.</source>
        <translation>人員庫中已有同名且出生日期相同的人員：請從人員庫報名。</translation>
    </message>
    <message>
        <source>Scan a code, or type a name, pinyin initials or a phone&apos;s last 4 digits.</source>
        <translation>請掃碼，或輸入姓名、拼音首字母或手機號後4位。</translation>
    </message>
    <message>
        <source>“%1” is not a valid sign-in code (one character mistyped or misread?) and matches no name. Scan or type it again.</source>
        <translation>“%1”不是有效的簽到碼（可能輸錯或掃錯了一位），也沒有同名學員。請重新掃碼或輸入。</translation>
    </message>
    <message>
        <source>No participant matches “%1”. Check the spelling, or sign them in as a walk-in.</source>
        <translation>沒有與“%1”相符的學員。請檢查輸入，或登記為現場簽到。</translation>
    </message>
    <message>
        <source>This session is over: enter the paper sheet in the reconciliation grid instead.</source>
        <translation>該場次已結束：請改為錄入紙質簽到表。</translation>
    </message>
    <message>
        <source>The unit is too long (at most %1 characters).</source>
        <translation>單位太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>This participant is no longer enrolled in the programme.</source>
        <translation>該學員已不在本培訓專案的報名名單中。</translation>
    </message>
    <message>
        <source>This walk-in has been matched already: undo that match first.</source>
        <translation>此現場簽到人員已匹配：請先撤銷該匹配。</translation>
    </message>
    <message>
        <source>This walk-in is not matched to anyone.</source>
        <translation>此現場簽到人員尚未匹配任何人。</translation>
    </message>
    <message>
        <source>“%1” is not an attendance status.</source>
        <translation>“%1”不是有效的出勤狀態。</translation>
    </message>
    <message>
        <source>A mark is taken from the paper sheet or at the desk.</source>
        <translation>出勤只能透過紙質簽到表錄入或在簽到臺標記。</translation>
    </message>
    <message>
        <source>This session is on a later day: only “excused” can be marked before it.</source>
        <translation>該場次尚未到舉行日期：舉行前只能標記“請假”。</translation>
    </message>
    <message>
        <source>The time must be on the day of the session.</source>
        <translation>時間須在場次當天。</translation>
    </message>
    <message>
        <source>The sign-out time is before the sign-in time.</source>
        <translation>簽退時間早於簽到時間。</translation>
    </message>
    <message>
        <source>This participant has not signed in, so cannot sign out.</source>
        <translation>該學員尚未簽到，不能簽退。</translation>
    </message>
    <message>
        <source>Credit either the actual or the scheduled time.</source>
        <translation>計時規則只能是“按實際”或“按排班”。</translation>
    </message>
    <message>
        <source>Round to 0, 5, 10 or 15 minutes.</source>
        <translation>取整隻能為 0、5、10 或 15 分鐘。</translation>
    </message>
    <message>
        <source>The check-out time is before the check-in time.</source>
        <translation>簽退時間早於簽到時間。</translation>
    </message>
    <message>
        <source>A stay longer than %1 hours cannot be credited: please check the times.</source>
        <translation>在場超過 %1 小時無法計入時長：請核對時間。</translation>
    </message>
    <message>
        <source>The shift ends before it starts.</source>
        <translation>班次的結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>A shift cannot be longer than %1 hours.</source>
        <translation>班次不能超過 %1 小時。</translation>
    </message>
    <message>
        <source>The credited time must be between 0 and %1 hours.</source>
        <translation>計入時長鬚在 0 到 %1 小時之間。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Scan a volunteer card, or type a name, initials or a phone&apos;s last 4 digits.</source>
        <translation>請掃志願者卡，或輸入姓名、拼音首字母或手機號後4位。</translation>
    </message>
    <message>
        <source>No volunteer matches “%1”.</source>
        <translation>沒有與“%1”相符的志願者。</translation>
    </message>
    <message>
        <source>“%1” is not a valid card code (a typo?) and matches no name.</source>
        <translation>“%1”不是有效的簽到碼（可能輸錯了），也沒有同名志願者。</translation>
    </message>
    <message>
        <source>This volunteer has left the station: restore their profile first.</source>
        <translation>該志願者已退出本站：請先將其狀態改回“正常”。</translation>
    </message>
    <message>
        <source>This volunteer is not checked in.</source>
        <translation>該志願者尚未簽到。</translation>
    </message>
    <message>
        <source>The content of service is too long (at most %1 characters).</source>
        <translation>服務內容太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>Hours can only be entered once they have been served.</source>
        <translation>服務結束後才能錄入時長。</translation>
    </message>
    <message>
        <source>Choose the shift or the activity.</source>
        <translation>請選擇班次或活動。</translation>
    </message>
    <message>
        <source>This volunteer&apos;s hours for this shift are already entered: correct that entry instead.</source>
        <translation>該志願者本班次的時長已錄入：請更正那條記錄。</translation>
    </message>
    <message>
        <source>This volunteer already has hours at that time.</source>
        <translation>該志願者在這段時間已有時長記錄。</translation>
    </message>
    <message>
        <source>%1 of them did not sign up for this shift.</source>
        <translation>其中 %1 人未排入本班次。</translation>
    </message>
    <message>
        <source>This hours entry no longer exists.</source>
        <translation>這條時長記錄已不存在。</translation>
    </message>
    <message>
        <source>This entry has been corrected already: open the latest one.</source>
        <translation>這條記錄已被更正：請開啟最新的記錄。</translation>
    </message>
    <message>
        <source>You entered these hours yourself: another coordinator reviews them.</source>
        <translation>這些時長是您本人錄入的：須由另一位稽核人稽核。</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>該志願者已不存在。</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>該班次已不存在。</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>該活動已不存在。</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>備註太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>“%1” is not a certificate level.</source>
        <translation>“%1”不是有效的證書等級。</translation>
    </message>
    <message>
        <source>A certificate level is only for a certified social worker.</source>
        <translation>只有持證社工才需填寫證書等級。</translation>
    </message>
    <message>
        <source>This staff member is no longer on the list.</source>
        <translation>該工作人員已不在名單中。</translation>
    </message>
    <message>
        <source>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</source>
        <translation>此資料庫由更新版本的 StationDesk 寫入（結構版本 %1）。請升級 StationDesk；檔案未作任何改動。</translation>
    </message>
    <message>
        <source>A certificate cannot be dated in the future.</source>
        <translation>證書日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Please say why the certificate is voided.</source>
        <translation>請說明作廢證書的原因。</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>原因最多 %1 個字。</translation>
    </message>
    <message>
        <source>This certificate no longer exists.</source>
        <translation>該證書已不存在。</translation>
    </message>
    <message>
        <source>Certificate %1 is already void.</source>
        <translation>證書 %1 已作廢。</translation>
    </message>
    <message>
        <source>The programme has no valid certificate to print: issue the certificates first.</source>
        <translation>本培訓專案沒有可列印的有效證書：請先發放結業證書。</translation>
    </message>
    <message>
        <source>%1 is a volunteer already.</source>
        <translation>%1 已是志願者。</translation>
    </message>
    <message>
        <source>A volunteer is active, paused or has left.</source>
        <translation>志願者狀態只能是正常、暫停或已退出。</translation>
    </message>
    <message>
        <source>The platform number is too long (at most %1 characters).</source>
        <translation>平臺編號太長（最多 %1 個字元）。</translation>
    </message>
    <message>
        <source>The organisation is too long (at most %1 characters).</source>
        <translation>所屬單位太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The skills are too long (at most %1 characters).</source>
        <translation>特長太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The availability is too long (at most %1 characters).</source>
        <translation>可服務時間太長（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>註冊日期晚於今天。</translation>
    </message>
    <message>
        <source>The registration date is before 1900.</source>
        <translation>註冊日期早於 1900 年。</translation>
    </message>
    <message>
        <source>Choose a person from the registry.</source>
        <translation>請從人員庫中選擇人員。</translation>
    </message>
    <message>
        <source>A team&apos;s name has 1 to %1 characters.</source>
        <translation>隊伍名稱須為 1 到 %1 個字。</translation>
    </message>
    <message>
        <source>A team called %1 exists already.</source>
        <translation>已有名為 %1 的隊伍。</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>該隊伍已不存在。</translation>
    </message>
    <message>
        <source>The team %1 is retired: bring it back first.</source>
        <translation>隊伍 %1 已停用：請先恢復。</translation>
    </message>
    <message>
        <source>Tick the volunteers to add.</source>
        <translation>請勾選要加入的志願者。</translation>
    </message>
    <message>
        <source>The joining date is in the future.</source>
        <translation>入隊日期晚於今天。</translation>
    </message>
    <message>
        <source>This member is no longer in the team.</source>
        <translation>該隊員已不在隊伍中。</translation>
    </message>
    <message>
        <source>This volunteer has left the team.</source>
        <translation>該志願者已離隊。</translation>
    </message>
    <message>
        <source>The leaving date is before the joining date.</source>
        <translation>離隊日期早於入隊日期。</translation>
    </message>
    <message>
        <source>The leaving date is in the future.</source>
        <translation>離隊日期晚於今天。</translation>
    </message>
    <message>
        <source>Not a registration date (2024-05-06, 2024/5/6 or 2024年5月6日, not in the future).</source>
        <translation>註冊日期無效（請寫作 2024-05-06、2024/5/6 或 2024年5月6日，且不晚於今天）。</translation>
    </message>
    <message>
        <source>The programme has no participants to print.</source>
        <translation>本培訓專案沒有可列印的學員。</translation>
    </message>
    <message>
        <source>Choose badges or table cards.</source>
        <translation>請選擇胸牌或桌牌。</translation>
    </message>
    <message>
        <source>Choose the level: assistant social worker, or social worker and above.</source>
        <translation>請選擇等級：助理社會工作師，或社會工作師及以上。</translation>
    </message>
    <message>
        <source>The registration period must start in 1900 or later.</source>
        <translation>登記週期的起始年份不能早於 1900 年。</translation>
    </message>
    <message>
        <source>Please enter the activity&apos;s name.</source>
        <translation>請輸入活動名稱。</translation>
    </message>
    <message>
        <source>The activity&apos;s name may have at most %1 characters.</source>
        <translation>活動名稱最多 %1 個字。</translation>
    </message>
    <message>
        <source>The place may have at most %1 characters.</source>
        <translation>地點最多 %1 個字。</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>說明最多 %1 個字。</translation>
    </message>
    <message>
        <source>A series repeats every 1 to %1 weeks.</source>
        <translation>重複排班的間隔須為 1 到 %1 周。</translation>
    </message>
    <message>
        <source>The series ends before its first day.</source>
        <translation>重複排班的截止日期早於第一天。</translation>
    </message>
    <message>
        <source>A series may have at most %1 shifts: choose an earlier end.</source>
        <translation>一次重複排班最多 %1 個班次：請把截止日期提前。</translation>
    </message>
    <message>
        <source>A shift needs at least one role (e.g. 帮手 6).</source>
        <translation>班次至少需要一個崗位（例如 幫手 6）。</translation>
    </message>
    <message>
        <source>A shift may have at most %1 roles.</source>
        <translation>一個班次最多 %1 個崗位。</translation>
    </message>
    <message>
        <source>Every role needs a name.</source>
        <translation>每個崗位都需要名稱。</translation>
    </message>
    <message>
        <source>The role name %1 is too long (at most %2 characters).</source>
        <translation>崗位名稱 %1 太長（最多 %2 個字）。</translation>
    </message>
    <message>
        <source>The role %1 needs 1 to %2 people.</source>
        <translation>崗位 %1 的人數須為 1 到 %2 人。</translation>
    </message>
    <message>
        <source>The role %1 is named twice.</source>
        <translation>崗位 %1 重複了。</translation>
    </message>
    <message>
        <source>The series&apos; roles cannot be read.</source>
        <translation>無法讀取該重複排班的崗位。</translation>
    </message>
    <message>
        <source>A shift lasts at most a day.</source>
        <translation>班次最長為一天。</translation>
    </message>
    <message>
        <source>This series no longer exists.</source>
        <translation>該重複排班已不存在。</translation>
    </message>
    <message>
        <source>A series is extended, not shortened: it runs until %1 already.</source>
        <translation>重複排班只能延長，不能縮短：目前已排到 %1。</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>備註最多 %1 個字。</translation>
    </message>
    <message>
        <source>This shift is cancelled: restore it first.</source>
        <translation>該班次已取消：請先恢復。</translation>
    </message>
    <message>
        <source>%2 volunteers are signed up as %1: it cannot have only %3 places.</source>
        <translation>崗位 %1 已安排 %2 名志願者：名額不能只有 %3 個。</translation>
    </message>
    <message>
        <source>%2 volunteers are signed up as %1: withdraw them before removing the role.</source>
        <translation>崗位 %1 已安排 %2 名志願者：請先將他們移出班次，再刪除該崗位。</translation>
    </message>
    <message>
        <source>This role is not one of the shift&apos;s.</source>
        <translation>該崗位不屬於本班次。</translation>
    </message>
    <message>
        <source>%1 is paused or has left: change the volunteer&apos;s status first.</source>
        <translation>%1 已暫停或已退出：請先修改該志願者的狀態。</translation>
    </message>
    <message>
        <source>Please choose at least one volunteer.</source>
        <translation>請至少選擇一名志願者。</translation>
    </message>
    <message>
        <source>The team has no active members on that day.</source>
        <translation>該隊伍當天沒有狀態正常的隊員。</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>該排班記錄已不存在。</translation>
    </message>
    <message>
        <source>There is no month %2 in %1.</source>
        <translation>%1 年沒有 %2 月。</translation>
    </message>
    <message>
        <source>Choose a month or a week.</source>
        <translation>請選擇一個月或一週。</translation>
    </message>
    <message>
        <source>A quarter is Q1 to Q4.</source>
        <translation>季度只能是 Q1 至 Q4。</translation>
    </message>
    <message>
        <source>There is no such ledger.</source>
        <translation>沒有這種臺賬。</translation>
    </message>
    <message>
        <source>The highlights may have at most %1 characters.</source>
        <translation>工作亮點最多 %1 個字。</translation>
    </message>
    <message>
        <source>The report prints in Simplified Chinese, Traditional Chinese or English, not in %1.</source>
        <translation>報表只能用簡體中文、繁體中文或英文生成，不支援 %1。</translation>
    </message>
    <message>
        <source>The period ends (%2) before it begins (%1).</source>
        <translation>結束日期（%2）早於開始日期（%1）。</translation>
    </message>
    <message>
        <source>No approved volunteer hours from %1 to %2: there is nothing to certify. Hours still awaiting review do not count.</source>
        <translation>%1 至 %2 沒有稽核透過的志願服務時長，無可證明內容。待稽核的時長不計入。</translation>
    </message>
    <message>
        <source>The handler must be an active user of the station.</source>
        <translation>經辦人必須是本站的在用使用者。</translation>
    </message>
    <message>
        <source>The minimum hours cannot be negative.</source>
        <translation>最低時長不能為負數。</translation>
    </message>
    <message>
        <source>The counted hours of certificate %1 have changed since it was issued: void it and issue a new one.</source>
        <translation>證明 %1 出具後，其計入的時長已發生變化：請作廢後重新出具。</translation>
    </message>
    <message>
        <source>There is no station %1 in this database (its stations: %2).</source>
        <translation>資料庫中沒有站點 %1（現有站點：%2）。</translation>
    </message>
    <message>
        <source>Show from %1 to %2 months.</source>
        <translation>請顯示 %1 到 %2 個月。</translation>
    </message>
    <message>
        <source>The monthly report is due on a day from %1 to %2 of the next month.</source>
        <translation>月報截止日須為次月 %1 日至 %2 日之間。</translation>
    </message>
    <message>
        <source>This PC is a station PC, a district hub or a trainer laptop.</source>
        <translation>本機只能是站點電腦、區級中心或培訓師電腦。</translation>
    </message>
    <message>
        <source>The bundle is addressed to another site, not to this PC.</source>
        <translation>此資料包是發給其他終端的，不是發給本機的。</translation>
    </message>
    <message>
        <source>The bundle file is damaged inside: it is not a StationDesk bundle as written.</source>
        <translation>資料包檔案內部已損壞：不是 StationDesk 生成時的樣子。</translation>
    </message>
    <message>
        <source>The bundle&apos;s description is malformed (%1): it was not written by StationDesk.</source>
        <translation>資料包的說明格式有誤（%1）：不是 StationDesk 生成的。</translation>
    </message>
    <message>
        <source>The bundle&apos;s content cannot be read: it was not written by StationDesk.</source>
        <translation>無法讀取資料包內容：不是 StationDesk 生成的。</translation>
    </message>
    <message>
        <source>That is not a recipient key (it starts with age1...).</source>
        <translation>這不是接收方金鑰（應以 age1... 開頭）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not its sender&apos;s: it was altered or forged.</source>
        <translation>資料包的簽名與傳送方不符：已被篡改或偽造。</translation>
    </message>
    <message>
        <source>The bundle file is damaged: altered, cut short or not completely copied.</source>
        <translation>資料包檔案已損壞：被修改、被截斷或未完整複製。</translation>
    </message>
    <message>
        <source>The bundle is encrypted for this site&apos;s key, but this PC has no key yet.</source>
        <translation>資料包用本終端的金鑰加密，但本機尚無金鑰。</translation>
    </message>
    <message>
        <source>The file refers to records this PC does not hold yet (such as a training session written on the station PC). Import the station PC&apos;s file first, then this one again. Nothing was written.</source>
        <translation>該檔案引用了本機尚未擁有的記錄（例如站點電腦上建立的培訓課次）。請先匯入站點電腦的檔案，再重新匯入此檔案。未寫入任何內容。</translation>
    </message>
    <message>
        <source>The bundle was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>資料包由更新版本的 StationDesk 生成：請升級後再讀取。</translation>
    </message>
    <message>
        <source>The bundle comes from a newer StationDesk (schema %1): please upgrade StationDesk to a version with schema %1.</source>
        <translation>資料包來自更新版本的 StationDesk（資料結構 %1）：請把 StationDesk 升級到支援資料結構 %1 的版本。</translation>
    </message>
    <message>
        <source>The file is not a StationDesk bundle.</source>
        <translation>此檔案不是 StationDesk 資料包。</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another site: this PC cannot open it.</source>
        <translation>資料包是為其他終端加密的：本機無法開啟。</translation>
    </message>
    <message>
        <source>The bundle holds the data of station %1, not of this station (%2).</source>
        <translation>資料包中是站點 %1 的資料，不是本站（%2）的。</translation>
    </message>
    <message>
        <source>The bundle is protected by a passphrase: please enter it.</source>
        <translation>資料包有口令保護：請輸入口令。</translation>
    </message>
    <message>
        <source>The bundle&apos;s content is not the one its sender signed: it was altered.</source>
        <translation>資料包內容與傳送方簽名的不一致：已被篡改。</translation>
    </message>
    <message>
        <source>The bundle says it comes from station %1, but its sender was enrolled for station %2.</source>
        <translation>資料包自稱來自站點 %1，但傳送方登記的站點是 %2。</translation>
    </message>
    <message>
        <source>The bundle is larger than allowed (%1 bytes).</source>
        <translation>資料包超過允許的大小（%1 位元組）。</translation>
    </message>
    <message>
        <source>The bundle file is empty or cut short: copy it again.</source>
        <translation>資料包檔案為空或不完整：請重新複製。</translation>
    </message>
    <message>
        <source>The bundle comes from a site that is not enrolled here (station %1): enrol it first.</source>
        <translation>資料包來自本機未登記的終端（站點 %1）：請先登記。</translation>
    </message>
    <message>
        <source>The bundle file cannot be read: %1.</source>
        <translation>無法讀取資料包檔案：%1。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>The passphrase is not the bundle&apos;s.</source>
        <translation>口令不正確。</translation>
    </message>
    <message>
        <source>This PC&apos;s stored sync key is damaged (%1).</source>
        <translation>本機儲存的同步金鑰已損壞（%1）。</translation>
    </message>
    <message>
        <source>The receipt is malformed (%1): it was not written by StationDesk.</source>
        <translation>回執格式有誤（%1）：不是 StationDesk 生成的。</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not its importer&apos;s: it was altered or forged.</source>
        <translation>回執簽名與匯入方不符：已被篡改或偽造。</translation>
    </message>
    <message>
        <source>The receipt was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>回執由更新版本的 StationDesk 生成：請升級後再讀取。</translation>
    </message>
    <message>
        <source>The file is not a StationDesk receipt.</source>
        <translation>此檔案不是 StationDesk 回執。</translation>
    </message>
    <message>
        <source>The receipt file is larger than allowed.</source>
        <translation>回執檔案超過允許的大小。</translation>
    </message>
    <message>
        <source>This receipt (回执) was written on this PC, for the PC whose file was imported here. Take it back to that PC and import it there. Nothing was changed.</source>
        <translation>這份回執是本機為其檔案已在本機匯入的那臺電腦寫的。請把它帶回那臺電腦並在那裡匯入。未做任何更改。</translation>
    </message>
    <message>
        <source>The receipt comes from a site that is not enrolled here (station %1).</source>
        <translation>回執來自本機未登記的終端（站點 %1）。</translation>
    </message>
    <message>
        <source>The receipt file cannot be read: %1.</source>
        <translation>無法讀取回執檔案：%1。</translation>
    </message>
    <message>
        <source>The enrolment file is malformed (%1).</source>
        <translation>登記檔案格式有誤（%1）。</translation>
    </message>
    <message>
        <source>The enrolment&apos;s signature does not match the key it names: it was altered.</source>
        <translation>登記檔案的簽名與其中的金鑰不符：已被篡改。</translation>
    </message>
    <message>
        <source>The enrolment file was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>登記檔案由更新版本的 StationDesk 生成：請升級後再讀取。</translation>
    </message>
    <message>
        <source>The file is not a StationDesk enrolment file.</source>
        <translation>此檔案不是 StationDesk 登記檔案。</translation>
    </message>
    <message>
        <source>The enrolment file is larger than allowed.</source>
        <translation>登記檔案超過允許的大小。</translation>
    </message>
    <message>
        <source>The enrolment file cannot be read: %1.</source>
        <translation>無法讀取登記檔案：%1。</translation>
    </message>
    <message>
        <source>There is no audience %1 (hub, station or trainer).</source>
        <translation>沒有接收方類型 %1（應為 hub、station 或 trainer）。</translation>
    </message>
    <message>
        <source>Choose to keep the value kept or the other one.</source>
        <translation>請選擇保留當前值或改用另一個值。</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此衝突已不存在。</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>此衝突已處理。</translation>
    </message>
    <message>
        <source>The record of this conflict is not in the database.</source>
        <translation>資料庫中沒有此衝突涉及的記錄。</translation>
    </message>
    <message>
        <source>This conflict is about a field this version does not know.</source>
        <translation>此衝突涉及的欄位本版本無法識別。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>This site is enrolled already with another key. If it was reinstalled, compare the codes and enrol it anew.</source>
        <translation>此終端已用另一個金鑰登記。如果對方重灌過，請核對指紋後重新登記。</translation>
    </message>
    <message>
        <source>Give a passphrase: the site the bundle is for is not enrolled with a key.</source>
        <translation>請設定口令：接收此資料包的終端未登記金鑰。</translation>
    </message>
    <message>
        <source>Choose whom the bundle is for: a site, or hub, station or trainer.</source>
        <translation>請選擇資料包的接收方：某個終端，或 hub、station、trainer。</translation>
    </message>
    <message>
        <source>A %1 file has no preview: import it directly.</source>
        <translation>%1檔案無法預覽：請直接匯入。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>Set up the station before exchanging data.</source>
        <translation>請先完成站點設定再交換資料。</translation>
    </message>
    <message>
        <source>The enrolment is of station %1, not of this station (%2): only a hub exchanges data with other stations.</source>
        <translation>此登記檔案屬於站點 %1，不屬於本站（%2）：只有區級中心才能與其他站點交換資料。</translation>
    </message>
    <message>
        <source>This is this PC&apos;s own enrolment file: enrol it on the other PC.</source>
        <translation>這是本機自己的登記檔案：請在另一臺電腦上登記。</translation>
    </message>
    <message>
        <source>The file is neither a bundle, a receipt nor an enrolment file.</source>
        <translation>此檔案既不是資料包，也不是回執或登記檔案。</translation>
    </message>
    <message>
        <source>No enrolled site %1.</source>
        <translation>沒有已登記的終端 %1。</translation>
    </message>
    <message>
        <source>%1 read back differently from what was written: the USB stick may be failing.</source>
        <translation>%1 讀回的內容與寫入的不同：U 盤可能有故障。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
    <message>
        <source>This is not a StationDesk enrolment code: scan the code the other PC shows under “This PC&apos;s enrolment file…”. Nothing was enrolled.</source>
        <translation>這不是 StationDesk 登記碼：請掃描另一臺電腦“本機登記檔案…”中顯示的二維碼。未登記任何終端。</translation>
    </message>
    <message>
        <source>The code was read only in part or wrongly: scan it again (or paste it whole). Nothing was enrolled.</source>
        <translation>登記碼未讀全或讀錯：請重新掃描（或完整貼上）。未登記任何終端。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Nothing was left there.</source>
        <translation>無法將備份寫入 %1（%2）。該處未留下任何檔案。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is not a StationDesk backup: it is no database file. Choose the file the station PC wrote with &quot;Back up the database…&quot;. Nothing was changed.</source>
        <translation>檔案 %1 不是 StationDesk 備份：它不是資料庫檔案。請選擇站點電腦用“備份資料庫…”生成的檔案。未做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a StationDesk backup. Nothing was changed.</source>
        <translation>檔案 %1 是其他程式的資料庫，不是 StationDesk 備份。未做任何更改。</translation>
    </message>
    <message>
        <source>No station has been set up in the database %1: choose the backup of the station PC, where the station is in use. Nothing was changed.</source>
        <translation>資料庫 %1 中尚未設定站點：請選擇正在使用中的站點電腦的備份。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its integrity check failed). Please make a new backup on the station PC. Nothing was changed.</source>
        <translation>備份 %1 已損壞（完整性檢查未透過）。請在站點電腦上重新備份。未做任何更改。</translation>
    </message>
    <message>
        <source>A station has already been set up on this PC: a backup can only be taken over by a new, empty installation.</source>
        <translation>本機已設定站點：只有全新的空白安裝才能接收備份。</translation>
    </message>
    <message>
        <source>This PC&apos;s database is no SQLite file: a backup cannot be taken over into it.</source>
        <translation>本機資料庫不是 SQLite 檔案，無法接收備份。</translation>
    </message>
    <message>
        <source>The file %1 is this PC&apos;s own database: choose the station PC&apos;s backup.</source>
        <translation>檔案 %1 是本機自己的資料庫：請選擇站點電腦的備份。</translation>
    </message>
    <message>
        <source>Another program has this PC&apos;s database open: close it (or the other StationDesk window) and try again. Nothing was changed.</source>
        <translation>另一個程式正在使用本機資料庫：請關閉它（或另一個 StationDesk 視窗）後重試。未做任何更改。</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>出現錯誤（%1）。</translation>
    </message>
</context>
<context>
    <name>placeholder</name>
    <message>
        <source>Here the station will register volunteers, their teams and their service hours.</source>
        <translation>這裡將登記志願者、志願者隊伍及其服務時長。</translation>
    </message>
    <message>
        <source>Here the station will plan trainings and record who attended them.</source>
        <translation>這裡將安排培訓並記錄簽到出勤。</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工/接待</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培訓師</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>唯讀</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Only an administrator can change this setting.</source>
        <translation>只有管理員可以修改此設定。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
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
        <translation>本機尚無的記錄</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>records that get a newer value</source>
        <translation>將取得較新值的記錄</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>already the same here</source>
        <translation>本機已相同</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>changed on both sides: you choose afterwards</source>
        <translation>雙方都改過：匯入後由您選擇</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>changes this site may not send: left out</source>
        <translation>對方無權傳送的變更：不匯入</translation>
    </message>
    <message>
        <source>%1 of the refused changes are other PCs&apos; records that this trainer laptop or hub passed on. It holds them only in part (without ID numbers, needs or notes), so they come only from the PCs that wrote them: exchange files with those directly.</source>
        <translation>拒收的更改中有 %1 條是培訓師電腦或區級中心轉交的其他電腦的記錄。它只持有這些記錄的一部分（不含身份證號、需求或備註），因此只能從寫入它們的電腦獲取：請直接與那些電腦交換檔案。</translation>
    </message>
</context>
<context>
    <name>sync_files</name>
    <message>
        <source>Enrolment files (*%1)</source>
        <translation>登記檔案 (*%1)</translation>
    </message>
    <message>
        <source>Sync files (*%1 *%2)</source>
        <translation>同步檔案 (*%1 *%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>sync_words</name>
    <message>
        <source>Station PC</source>
        <translation>站點電腦</translation>
    </message>
    <message>
        <source>District hub</source>
        <translation>區級中心</translation>
    </message>
    <message>
        <source>Trainer laptop</source>
        <translation>培訓師電腦</translation>
    </message>
    <message>
        <source>Any station PC</source>
        <translation>任一站點電腦</translation>
    </message>
    <message>
        <source>The district hub</source>
        <translation>區級中心</translation>
    </message>
    <message>
        <source>Any trainer laptop</source>
        <translation>任一培訓師電腦</translation>
    </message>
    <message>
        <source>Everything (a station PC&apos;s copy)</source>
        <translation>全部資料（站點電腦副本）</translation>
    </message>
    <message>
        <source>What the district&apos;s reports need (a hub&apos;s copy)</source>
        <translation>區級報表所需資料（區級中心副本）</translation>
    </message>
    <message>
        <source>Training records only: no ID numbers, needs or visit notes (a trainer&apos;s copy)</source>
        <translation>僅培訓記錄：不含身份證號、訴求和走訪記錄（培訓師副本）</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>志願服務專案</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>使用者賬號</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>操作日誌</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>服務時長</translation>
    </message>
    <message>
        <source>Hours review</source>
        <translation>時長稽核</translation>
    </message>
    <message>
        <source>Referral step</source>
        <translation>轉介進度</translation>
    </message>
    <message>
        <source>Volunteer check-in</source>
        <translation>志願者簽到</translation>
    </message>
    <message>
        <source>Training certificate</source>
        <translation>培訓證書</translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation>培訓報名</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Hours certificate</source>
        <translation>服務時長證明</translation>
    </message>
    <message>
        <source>Key target</source>
        <translation>重點對象</translation>
    </message>
    <message>
        <source>Key target exemption</source>
        <translation>重點對象免訪</translation>
    </message>
    <message>
        <source>Need category</source>
        <translation>訴求類別</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>合作單位</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Resident&apos;s tag</source>
        <translation>居民標籤</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>培訓專案</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>Relief type</source>
        <translation>救助類型</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>簽到</translation>
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
        <translation>崗位</translation>
    </message>
    <message>
        <source>Shift series</source>
        <translation>迴圈班次</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Station profile</source>
        <translation>站點資訊</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>隊伍成員</translation>
    </message>
    <message>
        <source>Visit cadence</source>
        <translation>探訪週期</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培訓場次</translation>
    </message>
    <message>
        <source>Visit method</source>
        <translation>走訪方式</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志願者</translation>
    </message>
    <message>
        <source>Volunteer team</source>
        <translation>志願隊伍</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Walk-in need</source>
        <translation>來訪訴求</translation>
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
        <translation>社群</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走訪情況</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>辦理結果</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培訓師</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>kept (not removed)</source>
        <translation>保留（未刪除）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(a picture or file)</source>
        <translation>（圖片或檔案）</translation>
    </message>
</context>
</TS>
