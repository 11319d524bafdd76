<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
    <name>Curtain</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk 已鎖定</translation>
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
        <translation>正在開啟工作站資料庫，請稍候……</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception desk</source>
        <translation>接待臺</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>This area comes in a later version of StationDesk.</source>
        <translation>此功能將在 StationDesk 的後續版本中提供。</translation>
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
        <source>Your role may view the day's walk-ins but not record them.</source>
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
        <source>Double-click a row to see the person's timeline</source>
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
        <translation>開啟選中的人員（回車或雙擊）</translation>
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
        <source>My password</source>
        <translation>我的密碼</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up StationDesk</source>
        <translation>設定 StationDesk</translation>
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
        <source>Choose logo...</source>
        <translation>選擇標誌……</translation>
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
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
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
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>The tag %1 has been added.</source>
        <translation>標籤 %1 已新增。</translation>
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
        <translation>型別</translation>
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
        <translation>新增使用者……</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>編輯……</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>重置密碼……</translation>
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
        <source>Referral sent on a manager's override</source>
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
        <source>The ID number's last character should be %1: please check for a typo.</source>
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
        <source>Please enter the station's name.</source>
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
        <source>A referred walk-in needs the referral's partner and need.</source>
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
        <source>Please enter the follow-up's due date.</source>
        <translation>請填寫跟進的截止日期。</translation>
    </message>
    <message>
        <source>The follow-up's due date is in the past.</source>
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
        <source>The person's consent to share their data is required.</source>
        <translation>需要本人同意提供個人資料。</translation>
    </message>
    <message>
        <source>Sending without consent needs a reason.</source>
        <translation>未獲同意而轉介，需要說明原因。</translation>
    </message>
    <message>
        <source>The partner %1 is no longer in the directory's use.</source>
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
        <source>No free tracking code could be made: please try again.</source>
        <translation>無法生成可用的回執編號：請重試。</translation>
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
        <source>This partner no longer exists.</source>
        <translation>該合作方已不存在。</translation>
    </message>
    <message>
        <source>A need's name needs 1 to %1 characters.</source>
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
        <source>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</source>
        <translation>此資料庫由更新版本的 StationDesk 寫入（結構版本 %1）。請升級 StationDesk；檔案未作任何改動。</translation>
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
    <message>
        <source>Here the station will print its monthly report and other statistics as PDF and Excel.</source>
        <translation>這裡將以 PDF 和 Excel 列印月報及其他統計。</translation>
    </message>
    <message>
        <source>Here desks will exchange their records with each other and with the district.</source>
        <translation>這裡將透過檔案在各臺電腦之間及與區級樞紐交換資料。</translation>
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
</TS>