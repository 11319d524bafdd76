; StationDesk's own Chinese (Simplified) wording of the Inno Setup 6 wizard, written for this
; project. It is layered over Inno's English Default.isl in StationDesk.iss:
;   MessagesFile: "compiler:Default.isl,zh_CN.isl"
; so a message not listed here (one the StationDesk installer never shows, or one added by a newer
; Inno Setup) falls back to English, and a name an older Inno Setup does not know is ignored with a
; warning. Keep %1, %2, %n and [name] placeholders as they are. Saved as UTF-8 with a BOM (Inno
; reads a file without one in the system code page).

[LangOptions]
LanguageName=简体中文
LanguageID=$0804
LanguageCodePage=936
DialogFontName=Microsoft YaHei UI
DialogFontSize=9
WelcomeFontName=Microsoft YaHei UI
WelcomeFontSize=12

[Messages]

; Window titles
SetupAppTitle=安装程序
SetupWindowTitle=安装 %1
UninstallAppTitle=卸载程序
UninstallAppFullTitle=卸载 %1

InformationTitle=提示
ConfirmTitle=请确认
ErrorTitle=出错了

; Starting Setup
SetupLdrStartupMessage=将要安装 %1，是否继续？
LdrCannotCreateTemp=无法建立临时文件，安装已停止
LdrCannotExecTemp=无法运行临时文件夹里的文件，安装已停止
LastErrorMessage=%1。%n%n错误 %2：%3
SetupFileMissing=安装文件夹里缺少文件 %1。请换一份完整的安装程序再试。
SetupFileCorrupt=安装文件已损坏，请换一份完整的安装程序。
SetupFileCorruptOrWrongVer=安装文件已损坏，或与本安装程序的版本不符。请换一份完整的安装程序。
InvalidParameter=命令行参数无效：%n%n%1
SetupAlreadyRunning=安装程序已经在运行了。
WindowsVersionNotSupported=本程序不支持这台电脑的 Windows 版本。
NotOnThisPlatform=本程序不能在 %1 上运行。
OnlyOnThisPlatform=本程序只能在 %1 上运行。
OnlyOnTheseArchitectures=本程序只能安装在以下处理器架构的 Windows 上：%n%n%1
WinVersionTooLowError=本程序需要 %1 %2 或更新的版本。
WinVersionTooHighError=本程序不能安装在 %1 %2 或更新的版本上。
AdminPrivilegesRequired=安装本程序需要以管理员身份登录。
PowerUserPrivilegesRequired=安装本程序需要以管理员或 Power Users 组成员身份登录。
SetupAppRunningError=%1 正在运行。%n%n请先关闭它，然后点“确定”继续；点“取消”退出安装。
UninstallAppRunningError=%1 正在运行。%n%n请先关闭它，然后点“确定”继续；点“取消”退出卸载。

; Install for me only / for all users
PrivilegesRequiredOverrideTitle=选择安装方式
PrivilegesRequiredOverrideInstruction=给谁安装？
PrivilegesRequiredOverrideText1=%1 可以安装给这台电脑的所有用户（需要管理员权限），也可以只安装给您自己。
PrivilegesRequiredOverrideText2=%1 可以只安装给您自己，也可以安装给这台电脑的所有用户（需要管理员权限）。
PrivilegesRequiredOverrideAllUsers=安装给所有用户(&A)
PrivilegesRequiredOverrideAllUsersRecommended=安装给所有用户(&A)（推荐）
PrivilegesRequiredOverrideCurrentUser=只安装给我(&M)
PrivilegesRequiredOverrideCurrentUserRecommended=只安装给我(&M)（推荐）

ErrorCreatingDir=无法建立文件夹“%1”
ErrorTooManyFilesInDir=文件夹“%1”里的文件太多，无法再建立文件

; Leaving Setup, About
ExitSetupTitle=退出安装
ExitSetupMessage=安装还没有完成。现在退出，程序就不会被安装。%n%n以后可以再运行安装程序完成安装。%n%n要退出安装吗？
AboutSetupMenuItem=关于安装程序(&A)...
AboutSetupTitle=关于安装程序
AboutSetupMessage=%1 版本 %2%n%3%n%n%1 网站：%n%4

; Buttons
ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安装(&I)
ButtonOK=确定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonYesToAll=全部选是(&A)
ButtonNo=否(&N)
ButtonNoToAll=全部选否(&O)
ButtonFinish=完成(&F)
ButtonBrowse=浏览(&B)...
ButtonWizardBrowse=浏览(&R)...
ButtonNewFolder=新建文件夹(&M)

; Language
SelectLanguageTitle=安装语言
SelectLanguageLabel=请选择安装过程中使用的语言。

ClickNext=点“下一步”继续，点“取消”退出安装。
BrowseDialogTitle=选择文件夹
BrowseDialogLabel=请在下面选择一个文件夹，然后点“确定”。
NewFolderName=新文件夹

; Welcome page (shown when Setup is started with its welcome page on)
WelcomeLabel1=欢迎安装 [name]
WelcomeLabel2=本向导将把 [name/ver] 安装到这台电脑上。%n%n继续之前，最好先关闭其他正在运行的程序。

; Destination folder page
WizardSelectDir=选择安装位置
SelectDirDesc=[name] 安装到哪里？
SelectDirLabel3=[name] 将安装到下面这个文件夹。
SelectDirBrowseLabel=点“下一步”继续。要换一个文件夹，请点“浏览”。
DiskSpaceGBLabel=需要至少 [gb] GB 的可用磁盘空间。
DiskSpaceMBLabel=需要至少 [mb] MB 的可用磁盘空间。
CannotInstallToNetworkDrive=不能安装到网络驱动器上。
CannotInstallToUNCPath=不能安装到 UNC 网络路径上。
InvalidPath=请填写带盘符的完整路径，例如：%n%nC:\APP%n%n或者以下形式的 UNC 路径：%n%n\\server\share
InvalidDrive=所选的驱动器或网络共享不存在或无法访问，请另选一个。
DiskSpaceWarningTitle=磁盘空间不够
DiskSpaceWarning=安装需要至少 %1 KB 的可用空间，所选驱动器只剩 %2 KB。%n%n仍然继续吗？
DirNameTooLong=文件夹名称或路径太长。
InvalidDirName=文件夹名称无效。
BadDirName32=文件夹名称不能含有以下字符：%n%n%1
DirExistsTitle=文件夹已存在
DirExists=文件夹%n%n%1%n%n已经存在。仍然安装到这个文件夹吗？
DirDoesntExistTitle=文件夹不存在
DirDoesntExist=文件夹%n%n%1%n%n不存在。要新建这个文件夹吗？

; Additional tasks page
WizardSelectTasks=其他选项
SelectTasksDesc=安装时还要做些什么？
SelectTasksLabel2=请勾选安装 [name] 时要一并完成的事项，然后点“下一步”。

; Start menu folder page
WizardSelectProgramGroup=开始菜单文件夹
SelectStartMenuFolderDesc=程序的快捷方式放在哪里？
SelectStartMenuFolderLabel3=将在下面这个开始菜单文件夹里建立程序的快捷方式。
SelectStartMenuFolderBrowseLabel=点“下一步”继续。要换一个文件夹，请点“浏览”。
MustEnterGroupName=请填写文件夹名称。
GroupNameTooLong=文件夹名称或路径太长。
InvalidGroupName=文件夹名称无效。
BadGroupName=文件夹名称不能含有以下字符：%n%n%1
NoProgramGroupCheck2=不建立开始菜单文件夹(&D)

; Ready page
WizardReady=可以开始安装了
ReadyLabel1=一切就绪，可以把 [name] 安装到这台电脑上了。
ReadyLabel2a=点“安装”开始；要查看或修改前面的设置，请点“上一步”。
ReadyLabel2b=点“安装”开始。
ReadyMemoUserInfo=用户信息：
ReadyMemoDir=安装位置：
ReadyMemoType=安装类型：
ReadyMemoComponents=所选组件：
ReadyMemoGroup=开始菜单文件夹：
ReadyMemoTasks=其他选项：

; Preparing page: closing a running StationDesk before an upgrade
WizardPreparing=准备安装
PreparingDesc=正在准备把 [name] 安装到这台电脑上。
PreviousInstallNotCompleted=上一次安装或卸载某个程序还没有完成，需要先重新启动电脑。%n%n重新启动后，请再运行本安装程序来安装 [name]。
CannotContinue=安装无法继续，请点“取消”退出。
ApplicationsFound=下面这些程序正在使用需要更新的文件。建议让安装程序自动关闭它们。
ApplicationsFound2=下面这些程序正在使用需要更新的文件。建议让安装程序自动关闭它们；安装完成后，安装程序会尝试重新打开它们。
CloseApplications=自动关闭这些程序(&A)
DontCloseApplications=不关闭这些程序(&D)
ErrorCloseApplications=安装程序没能自动关闭所有相关程序。继续之前，请先手动关闭正在使用这些文件的程序。
PrepareToInstallNeedsRestart=需要先重新启动电脑。重新启动后，请再运行本安装程序来完成 [name] 的安装。%n%n现在重新启动吗？

; Installing page
WizardInstalling=正在安装
InstallingLabel=正在把 [name] 安装到这台电脑上，请稍候。

; Finished page
FinishedHeadingLabel=[name] 安装完成
FinishedLabelNoIcons=[name] 已经安装到这台电脑上。
FinishedLabel=[name] 已经安装到这台电脑上。可以通过刚建立的快捷方式打开它。
ClickFinish=点“完成”退出安装程序。
FinishedRestartLabel=还需要重新启动电脑才能完成 [name] 的安装。现在重新启动吗？
FinishedRestartMessage=还需要重新启动电脑才能完成 [name] 的安装。%n%n现在重新启动吗？
ShowReadmeCheck=是，我想看看说明文件
YesRadio=是，现在重新启动电脑(&Y)
NoRadio=否，稍后我自己重新启动(&N)
RunEntryExec=运行 %1
RunEntryShellExec=查看 %1

; Problems while installing
SetupAborted=安装没有完成。%n%n请解决问题后重新运行安装程序。
AbortRetryIgnoreSelectAction=请选择怎么做
AbortRetryIgnoreRetry=再试一次(&T)
AbortRetryIgnoreIgnore=忽略错误，继续(&I)
AbortRetryIgnoreCancel=取消安装
StatusClosingApplications=正在关闭相关程序...
StatusCreateDirs=正在建立文件夹...
StatusExtractFiles=正在解压文件...
StatusCreateIcons=正在建立快捷方式...
StatusCreateIniEntries=正在写入 INI 设置...
StatusCreateRegistryEntries=正在写入注册表...
StatusRegisterFiles=正在注册文件...
StatusSavingUninstall=正在保存卸载信息...
StatusRunProgram=正在完成安装...
StatusRestartingApplications=正在重新打开相关程序...
StatusRollback=正在撤销已做的更改...
ErrorInternal2=内部错误：%1
ErrorFunctionFailedNoCode=%1 失败
ErrorFunctionFailed=%1 失败，代码 %2
ErrorFunctionFailedWithMessage=%1 失败，代码 %2。%n%3
ErrorExecutingProgram=无法运行文件：%n%1
ErrorRegOpenKey=打开注册表项出错：%n%1\%2
ErrorRegCreateKey=建立注册表项出错：%n%1\%2
ErrorRegWriteKey=写入注册表项出错：%n%1\%2
FileAbortRetryIgnoreSkipNotRecommended=跳过这个文件(&S)（不建议）
FileAbortRetryIgnoreIgnoreNotRecommended=忽略错误，继续(&I)（不建议）
SourceIsCorrupted=源文件已损坏
SourceDoesntExist=源文件“%1”不存在
ExistingFileReadOnly2=已有的文件是只读的，无法替换。
ExistingFileReadOnlyRetry=去掉只读属性后再试(&R)
ExistingFileReadOnlyKeepExisting=保留已有的文件(&K)
ErrorReadingExistingDest=读取已有文件时出错：
ErrorChangingAttr=修改已有文件的属性时出错：
ErrorCreatingTemp=在安装文件夹里建立文件时出错：
ErrorReadingSource=读取源文件时出错：
ErrorCopying=复制文件时出错：
ErrorReplacingExistingFile=替换已有文件时出错：
ErrorRestartReplace=重启后替换文件失败：
ErrorRenamingTemp=在安装文件夹里重命名文件时出错：

; Name in "Apps and features"
UninstallDisplayNameMark=%1（%2）
UninstallDisplayNameMarks=%1（%2，%3）
UninstallDisplayNameMark32Bit=32 位
UninstallDisplayNameMark64Bit=64 位
UninstallDisplayNameMarkAllUsers=所有用户
UninstallDisplayNameMarkCurrentUser=当前用户

ErrorOpeningReadme=打开说明文件时出错。
ErrorRestartingComputer=安装程序无法重新启动电脑，请手动重新启动。

; Uninstalling. StationDesk keeps the user's database: it lives in the user's own data folder
; (AppData\Local\StationDesk\StationDesk), never in the program folder, and uninstalling does not
; touch it. The two messages below say so.
UninstallNotFound=文件“%1”不存在，无法卸载。
UninstallOpenError=无法打开文件“%1”，无法卸载
UninstallUnsupportedVer=卸载记录“%1”的格式不被这个版本的卸载程序识别，无法卸载
UninstallUnknownEntry=卸载记录里有一条无法识别的内容（%1）
ConfirmUninstall=要从这台电脑上卸载 %1 吗？%n%n您的 StationDesk 数据库和设置会保留：它们在您的用户文件夹 AppData\Local\StationDesk\StationDesk 里，重新安装后程序会继续使用。
UninstallOnlyOnWin64=只能在 64 位 Windows 上卸载本程序。
OnlyAdminCanUninstall=需要管理员权限才能卸载本程序。
UninstallStatusLabel=正在从这台电脑上卸载 %1，请稍候。
UninstalledAll=%1 已从这台电脑上卸载。%n%n您的 StationDesk 数据库已保留在用户文件夹 AppData\Local\StationDesk\StationDesk 里。
UninstalledMost=%1 已卸载。%n%n有些内容没能删除，可以手动删除。
UninstalledAndNeedsRestart=还需要重新启动电脑才能完成 %1 的卸载。%n%n现在重新启动吗？
UninstallDataCorrupted=文件“%1”已损坏，无法卸载
WizardUninstalling=卸载进度
StatusUninstalling=正在卸载 %1...
ShutdownBlockReasonInstallingApp=正在安装 %1。
ShutdownBlockReasonUninstallingApp=正在卸载 %1。

[CustomMessages]
NameAndVersion=%1 版本 %2
AdditionalIcons=快捷方式：
CreateDesktopIcon=在桌面上建立快捷方式(&D)
LaunchProgram=打开 %1
UninstallProgram=卸载 %1
DataDirNotForProgram=这个文件夹是 StationDesk 存放数据的文件夹，或者与它重叠：%n%n%1%n%n请为程序另选一个文件夹。
