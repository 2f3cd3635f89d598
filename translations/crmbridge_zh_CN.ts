<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file to use (default: the demo workspace).</source>
        <translation>要使用的工作区文件（默认：演示工作区）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The environment whose variables fill {{var}} placeholders.</source>
        <translation>用其变量填充 {{var}} 占位符的环境。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Override one environment variable for this command (repeatable).</source>
        <translation>仅为本次命令覆盖一个环境变量（可重复）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>名称=值</translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout.</source>
        <translation>在标准输出上输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN.</source>
        <translation>消息语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Print only errors (and JSON when --json is given).</source>
        <translation>只输出错误（指定 --json 时也输出 JSON）。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation>显示该命令的帮助。</translation>
    </message>
    <message>
        <source>CRM Bridge %1 — connect a CRM with the ERP, helpdesk and marketing systems around it.</source>
        <translation>CRM Bridge %1 —— 将 CRM 与周边的 ERP、客服工单和营销系统连接起来。</translation>
    </message>
    <message>
        <source>Usage: crmbridge-cli [global options] COMMAND [options] [arguments]</source>
        <translation>用法：crmbridge-cli [全局选项] 命令 [选项] [参数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some records or steps failed, 2 usage, configuration or input error, 3 interrupted.</source>
        <translation>退出码：0 成功；1 部分记录或步骤失败；2 用法、配置或输入错误；3 被中断。</translation>
    </message>
    <message>
        <source>&apos;crmbridge-cli COMMAND --help&apos; describes one command.</source>
        <translation>“crmbridge-cli 命令 --help”可查看单个命令的说明。</translation>
    </message>
    <message>
        <source>Usage: crmbridge-cli %1 COMMAND [options]</source>
        <translation>用法：crmbridge-cli %1 命令 [选项]</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli --help&apos;.</source>
        <translation>请参阅“crmbridge-cli --help”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command.</source>
        <translation>“%1”后面需要一个命令。</translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli %1 --help&apos;.</source>
        <translation>请参阅“crmbridge-cli %1 --help”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 argument(s), got %3.</source>
        <translation>“%1”需要 %2 个参数，实际给了 %3 个。</translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, got &apos;%1&apos;.</source>
        <translation>--var 的格式应为 名称=值，实际为“%1”。</translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN, got &apos;%1&apos;.</source>
        <translation>--lang 只能是 en 或 zh_CN，实际为“%1”。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli --help&apos;.</source>
        <translation>请参阅“crmbridge-cli --help”。</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
</context>
<context>
    <name>FormulaError</name>
    <message>
        <source>rule %1, %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the formula at the marked position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonValueReader</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that each line holds exactly one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad surrogate pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number is malformed or has more than 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lexer</name>
    <message>
        <source>This text has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &quot; at the end of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field name has no closing backtick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ` after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;!&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NOT(...) or != for &quot;not equal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curly or full-width quotes cannot start text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use straight double quotes (&quot;) around text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width punctuation &apos;%1&apos; is not part of the formula language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ASCII parentheses and commas: ( ) ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>The formula is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a field name, a value in quotes, or a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &apos;)&apos; has no matching &apos;(&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the end of the formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the parts with an operator such as &amp; or +, or remove the extra text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number this engine can hold exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers have at most 18 significant digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &apos;(&apos; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &apos;)&apos; where the group ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing before &apos;)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing before &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name is expected after &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put names with spaces or symbols in backticks: `first name`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This index is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside [ ] put an index such as 0 or * for every element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]&apos; expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; expected in the arguments of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate arguments with commas and close the call with &apos;)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>The fault &apos;%1&apos; cannot be set to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate between 0 and 1 (or a percentage such as 10%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of milliseconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault needs SYSTEM:KIND=VALUE, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example --fault crm:errors=0.1 or --fault erp:latency=200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sandbox system &apos;%1&apos; in --fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use crm, erp, helpdesk, marketing or webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxHttpServer</name>
    <message>
        <source>The sandbox cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the program using that port, or choose other ports with --base-port (0 picks free ports).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>If this keeps happening, the file may be damaged: restore it from a backup.</source>
        <translation>如果反复出现，文件可能已损坏：请从备份恢复。</translation>
    </message>
    <message>
        <source>SQLite could not open the workspace: %1</source>
        <translation>SQLite 无法打开该工作区：%1</translation>
    </message>
    <message>
        <source>Check that the file is a workspace and readable.</source>
        <translation>请确认该文件是工作区文件并且可读。</translation>
    </message>
    <message>
        <source>Could not switch the workspace to WAL mode</source>
        <translation>无法将工作区切换到 WAL 模式</translation>
    </message>
    <message>
        <source>Could not prepare the schema history</source>
        <translation>无法准备架构版本历史</translation>
    </message>
    <message>
        <source>Could not start migration %1</source>
        <translation>无法开始第 %1 次迁移</translation>
    </message>
    <message>
        <source>Migration to schema %1 (%2) failed and was rolled back</source>
        <translation>迁移到架构版本 %1（%2）失败，已回滚</translation>
    </message>
    <message>
        <source>A file already exists here</source>
        <translation>此位置已存在文件</translation>
    </message>
    <message>
        <source>Choose another name, or open the existing workspace.</source>
        <translation>请换一个名称，或打开现有的工作区。</translation>
    </message>
    <message>
        <source>The existing file could not be replaced</source>
        <translation>无法替换现有文件</translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation>请检查其权限。</translation>
    </message>
    <message>
        <source>The folder for the workspace could not be created</source>
        <translation>无法创建工作区所在的文件夹</translation>
    </message>
    <message>
        <source>Check that the location is writable.</source>
        <translation>请确认该位置可写。</translation>
    </message>
    <message>
        <source>The workspace file could not be created: %1</source>
        <translation>无法创建工作区文件：%1</translation>
    </message>
    <message>
        <source>Check that the location is writable and the disk is not full.</source>
        <translation>请确认该位置可写且磁盘未满。</translation>
    </message>
    <message>
        <source>The workspace file could not be initialised</source>
        <translation>无法初始化工作区文件</translation>
    </message>
    <message>
        <source>Could not write the workspace&apos;s details</source>
        <translation>无法写入工作区信息</translation>
    </message>
    <message>
        <source>The workspace file could not be read by SQLite: %1</source>
        <translation>SQLite 无法读取该工作区文件：%1</translation>
    </message>
    <message>
        <source>Restore the file from a backup or a copy.</source>
        <translation>请从备份或副本恢复该文件。</translation>
    </message>
    <message>
        <source>The workspace file is damaged: %1</source>
        <translation>工作区文件已损坏：%1</translation>
    </message>
    <message>
        <source>Restore the file from a backup or a copy. The file was not changed.</source>
        <translation>请从备份或副本恢复该文件。该文件未被改动。</translation>
    </message>
    <message>
        <source>The workspace file is damaged or incomplete: its schema history cannot be read (%1)</source>
        <translation>工作区文件已损坏或不完整：无法读取其架构版本历史（%1）</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of CRM Bridge (schema %1; this version knows up to %2)</source>
        <translation>该工作区由更新版本的 CRM Bridge 写入（架构版本 %1；当前版本最高支持 %2）</translation>
    </message>
    <message>
        <source>Update CRM Bridge to open it. The file was not changed.</source>
        <translation>请升级 CRM Bridge 后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <source>Could not read the schema version</source>
        <translation>无法读取架构版本</translation>
    </message>
    <message>
        <source>A workspace opened for inspection cannot be migrated</source>
        <translation>以只读查看方式打开的工作区不能迁移</translation>
    </message>
    <message>
        <source>Open it for writing.</source>
        <translation>请以可写方式打开。</translation>
    </message>
    <message>
        <source>Could not write a backup before migrating (%1)</source>
        <translation>迁移前无法写入备份（%1）</translation>
    </message>
    <message>
        <source>Free some disk space or make the folder writable.</source>
        <translation>请释放磁盘空间，或让该文件夹可写。</translation>
    </message>
    <message>
        <source>This workspace is open read-only</source>
        <translation>该工作区以只读方式打开</translation>
    </message>
    <message>
        <source>Open it for writing to change it.</source>
        <translation>如需修改，请以可写方式打开。</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>无法保存此更改</translation>
    </message>
    <message>
        <source>Could not save the workspace&apos;s details</source>
        <translation>无法保存工作区信息</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>Sync profiles</source>
        <translation>同步配置</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Reconciliation sessions</source>
        <translation>对账会话</translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation>已记录的请求</translation>
    </message>
    <message>
        <source>Choose another name; a copy never overwrites a file.</source>
        <translation>请换一个名称；副本从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace itself</source>
        <translation>副本不能替换工作区本身</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>请确认该文件夹可写且磁盘未满。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>Created workspace &quot;%1&quot; at %2 (schema %3).</source>
        <translation>已在 %2 创建工作区“%1”（架构版本 %3）。</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>架构版本：</translation>
    </message>
    <message>
        <source>(older than this version&apos;s %1: run &apos;crmbridge-cli workspace migrate&apos;)</source>
        <translation>（低于当前版本的 %1：请运行“crmbridge-cli workspace migrate”）</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Recent runs:</source>
        <translation>最近运行：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>The workspace is up to date (schema %1).</source>
        <translation>工作区已是最新（架构版本 %1）。</translation>
    </message>
    <message>
        <source>Migrated the workspace from schema %1 to %2.</source>
        <translation>已将工作区从架构版本 %1 迁移到 %2。</translation>
    </message>
    <message>
        <source>A copy of the previous version is at %1.</source>
        <translation>旧版本的副本保存在 %1。</translation>
    </message>
    <message>
        <source>Create a new workspace file.</source>
        <translation>创建新的工作区文件。</translation>
    </message>
    <message>
        <source>Fill it like the demo workspace.</source>
        <translation>按演示工作区的内容填充。</translation>
    </message>
    <message>
        <source>The workspace&apos;s display name.</source>
        <translation>工作区的显示名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Replace an existing file at FILE.</source>
        <translation>替换“文件”位置上已有的文件。</translation>
    </message>
    <message>
        <source>The new workspace (.crmbridge is added if no suffix is given).</source>
        <translation>新工作区（未给出扩展名时自动加上 .crmbridge）。</translation>
    </message>
    <message>
        <source>Show what a workspace holds (read-only).</source>
        <translation>显示工作区的内容（只读）。</translation>
    </message>
    <message>
        <source>Bring an older workspace to this version&apos;s schema (a backup is kept).</source>
        <translation>将旧工作区升级到当前版本的架构（会保留备份）。</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>There is no workspace file here</source>
        <translation>此处没有工作区文件</translation>
    </message>
    <message>
        <source>Check the path, or create a workspace with File ▸ New (crmbridge-cli workspace init FILE).</source>
        <translation>请检查路径，或通过“文件 ▸ 新建”创建工作区（crmbridge-cli workspace init 文件）。</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file</source>
        <translation>这是一个文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>Choose a .crmbridge file inside it.</source>
        <translation>请选择其中的 .crmbridge 文件。</translation>
    </message>
    <message>
        <source>The workspace file cannot be read: %1</source>
        <translation>无法读取工作区文件：%1</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>请检查该文件的权限。</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a CRM Bridge workspace</source>
        <translation>该文件为空，因此不是 CRM Bridge 工作区</translation>
    </message>
    <message>
        <source>Open another file, or create a new workspace.</source>
        <translation>请打开其他文件，或新建一个工作区。</translation>
    </message>
    <message>
        <source>This file is not a CRM Bridge workspace: it is not an SQLite database</source>
        <translation>该文件不是 CRM Bridge 工作区：它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>Open a .crmbridge file, or create a new workspace.</source>
        <translation>请打开 .crmbridge 文件，或新建一个工作区。</translation>
    </message>
    <message numerus="yes">
        <source>The workspace file is truncated: it ends inside its header (%n byte(s))</source>
        <translation>
            <numerusform>工作区文件被截断：文件在文件头内就结束了（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the file from a backup or a copy.</source>
        <translation>请从备份或副本恢复该文件。</translation>
    </message>
    <message>
        <source>The workspace file is corrupt: its header gives an impossible page size (%1)</source>
        <translation>工作区文件已损坏：文件头中的页大小不可能成立（%1）</translation>
    </message>
    <message>
        <source>This SQLite database was not made by CRM Bridge, so it is not a workspace</source>
        <translation>该 SQLite 数据库不是由 CRM Bridge 创建的，因此不是工作区</translation>
    </message>
    <message>
        <source>The workspace file is truncated: it has %1 of the %2 bytes its header promises</source>
        <translation>工作区文件被截断：文件头声明 %2 字节，实际只有 %1 字节</translation>
    </message>
    <message>
        <source>The workspace file is truncated or damaged: its size (%1 bytes) is not a whole number of %2-byte pages</source>
        <translation>工作区文件被截断或已损坏：其大小（%1 字节）不是 %2 字节页大小的整数倍</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of CRM Bridge (schema %1; this version knows up to %2)</source>
        <translation>该工作区由更新版本的 CRM Bridge 写入（架构版本 %1；当前版本最高支持 %2）</translation>
    </message>
    <message>
        <source>Update CRM Bridge to open it. The file was not changed.</source>
        <translation>请升级 CRM Bridge 后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <source>The workspace file (or its folder) is read-only, and a workspace saves every change at once</source>
        <translation>工作区文件（或其所在文件夹）是只读的，而工作区会立即保存每一处更改</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or copy it somewhere writable and open the copy.</source>
        <translation>请让该文件及其文件夹可写，或将其复制到可写的位置后打开副本。</translation>
    </message>
</context>
<context>
    <name>crmbridge::Application</name>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Workspace upgraded</source>
        <translation>工作区已升级</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version&apos;s format. A copy of the previous version is kept at %1.</source>
        <translation>工作区已升级到当前版本的格式。旧版本的副本保存在 %1。</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>打开演示工作区</translation>
    </message>
</context>
<context>
    <name>crmbridge::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CRM Bridge</source>
        <translation>关于 CRM Bridge(&amp;A)</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>导航栏</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sandbox: running</source>
        <translation>沙箱：运行中</translation>
    </message>
    <message>
        <source>Sandbox: stopped</source>
        <translation>沙箱：已停止</translation>
    </message>
    <message>
        <source>No runs in progress</source>
        <translation>没有正在进行的运行</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in progress</source>
        <translation>
            <numerusform>%n 个运行正在进行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>CRM Bridge workspaces (*.crmbridge);;All files (*)</source>
        <translation>CRM Bridge 工作区 (*.crmbridge);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> 副本</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Bridge %1&lt;/h3&gt;&lt;p&gt;Connects a CRM with the ERP, helpdesk and marketing systems around it, and keeps their data consistent.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Bridge %1&lt;/h3&gt;&lt;p&gt;将 CRM 与周边的 ERP、客服工单和营销系统连接起来，并保持它们的数据一致。&lt;/p&gt;&lt;p&gt;Qt %2（编译时版本 %3）&lt;br&gt;SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CRM Bridge</source>
        <translation>关于 CRM Bridge</translation>
    </message>
</context>
<context>
    <name>crmbridge::ObjectCountsModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>crmbridge::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation>%1（当前版本写入 %2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Connect a system: add an endpoint and test the connection.</source>
        <translation>连接一个系统：添加端点并测试连接。</translation>
    </message>
    <message>
        <source>Design a mapping and preview it on real sample records.</source>
        <translation>设计映射，并在真实样本记录上预览效果。</translation>
    </message>
    <message>
        <source>Create a sync profile and look at its dry-run plan.</source>
        <translation>创建同步配置，并查看其试运行计划。</translation>
    </message>
    <message>
        <source>Run the sync; retry only the rows that failed.</source>
        <translation>执行同步；只重试失败的行。</translation>
    </message>
    <message>
        <source>Step an order through its lifecycle and see what the ERP answered.</source>
        <translation>推进订单的生命周期，查看 ERP 的每一次响应。</translation>
    </message>
    <message>
        <source>Reconcile two systems record by record.</source>
        <translation>逐条记录对账两个系统。</translation>
    </message>
    <message>
        <source>The same from a terminal: %1</source>
        <translation>在终端中也能完成同样的操作：%1</translation>
    </message>
    <message>
        <source>This is the demo workspace: its endpoints point at the built-in sandbox systems, so you can try everything without touching real data.</source>
        <translation>这是演示工作区：其中的端点指向内置的沙箱系统，您可以放心尝试所有功能，而不会触碰真实数据。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>架构版本：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>最近运行</translation>
    </message>
    <message>
        <source>No runs yet. Runs of syncs and reconciliations appear here.</source>
        <translation>暂无运行记录。同步和对账的运行会显示在这里。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
</context>
<context>
    <name>crmbridge::RecentRunsModel</name>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Some records failed</source>
        <translation>部分记录失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>What ran</source>
        <translation>运行内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>crmbridge::WelcomePage</name>
    <message>
        <source>No workspace is open</source>
        <translation>未打开任何工作区</translation>
    </message>
    <message>
        <source>A workspace holds your endpoints, mappings, sync profiles, run history and reconciliation sessions in one file. Every change is saved at once.</source>
        <translation>工作区将您的端点、映射、同步配置、运行历史和对账会话保存在一个文件中。每一处更改都会立即保存。</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
</context>
</TS>
