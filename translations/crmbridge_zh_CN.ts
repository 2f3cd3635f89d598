<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityDetails</name>
    <message>
        <source>… (cut: the activity record keeps the first %1 bytes of each body)</source>
        <translation>…（已截断：活动记录只保留每个正文的前 %1 字节）</translation>
    </message>
</context>
<context>
    <name>AutoMapper</name>
    <message>
        <source>Same field name &quot;%1&quot;.</source>
        <translation>字段名相同：“%1”。</translation>
    </message>
    <message>
        <source>Same field name &quot;%1&quot; at a different path.</source>
        <translation>字段名“%1”相同，但路径不同。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; differ only in case or separators.</source>
        <translation>“%1”和“%2”仅在大小写或分隔符上不同。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are synonyms (%3).</source>
        <translation>“%1”和“%2”是同义词（%3）。</translation>
    </message>
    <message>
        <source>The sample values of &quot;%1&quot; look like %2, which &quot;%3&quot; holds.</source>
        <translation>“%1”的样本值看起来像%2，而“%3”存放的正是这类值。</translation>
    </message>
</context>
<context>
    <name>BatchPipeline</name>
    <message>
        <source>The run was cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message>
        <source>Run it again to process the remaining records.</source>
        <translation>请再次运行以处理剩余的记录。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file to use (default: the demo workspace).</source>
        <translation>要使用的工作区文件（默认：演示工作区）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
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
    <message>
        <source>The workspace has several environments (%1); choose one</source>
        <translation>工作区有多个环境（%1）；请选择一个</translation>
    </message>
    <message>
        <source>Add --env NAME.</source>
        <translation>请加上 --env NAME。</translation>
    </message>
    <message>
        <source>stopping cleanly (press Ctrl+C again to quit at once)</source>
        <translation>正在干净地停止（再按一次 Ctrl+C 立即退出）</translation>
    </message>
</context>
<context>
    <name>ConflictDecisionStore</name>
    <message>
        <source>Could not read the conflict decisions</source>
        <translation>无法读取冲突判定</translation>
    </message>
    <message>
        <source>The sync profile is not saved, so its decisions cannot be stored</source>
        <translation>同步配置尚未保存，因此无法存储其判定</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>请先保存该配置。</translation>
    </message>
    <message>
        <source>Could not remove the decision on %1 of %2</source>
        <translation>无法删除对 %2 的 %1 所作的判定</translation>
    </message>
    <message>
        <source>Could not store the decision on %1 of %2</source>
        <translation>无法存储对 %2 的 %1 所作的判定</translation>
    </message>
    <message>
        <source>Could not remove the conflict decisions</source>
        <translation>无法删除冲突判定</translation>
    </message>
</context>
<context>
    <name>ConflictDecisions</name>
    <message>
        <source>&apos;%1&apos; is not a decision; write source or target</source>
        <translation>“%1”不是有效的判定；请填写 source 或 target</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot;</source>
        <translation>未知的文本编码“%1”</translation>
    </message>
    <message>
        <source>Use UTF-8, GB18030, windows-1252 or another name ICU knows.</source>
        <translation>请使用 UTF-8、GB18030、windows-1252 或 ICU 支持的其他编码名称。</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>无法读取标题行：%1</translation>
    </message>
    <message>
        <source>Fix the header row, or read the file without one.</source>
        <translation>请修正标题行，或按无标题行的方式读取该文件。</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>带引号的字段没有闭合</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote; a quote inside a quoted field must be doubled</source>
        <translation>右引号后出现意外字符；带引号的字段中的引号必须写成两个</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation>无法读取第 %1 条记录：%2</translation>
    </message>
    <message>
        <source>Close the quote, or double a quote that is part of the text.</source>
        <translation>请补上右引号，或将属于文本内容的引号写成两个。</translation>
    </message>
    <message>
        <source>Fix the row, or quote the field.</source>
        <translation>请修正该行，或给该字段加上引号。</translation>
    </message>
    <message>
        <source>Record %1 has %2 fields but the header names %3</source>
        <translation>第 %1 条记录有 %2 个字段，但标题行列出了 %3 个</translation>
    </message>
    <message>
        <source>Quote fields that contain the delimiter &quot;%1&quot;.</source>
        <translation>请给包含分隔符“%1”的字段加上引号。</translation>
    </message>
</context>
<context>
    <name>CurlImporter</name>
    <message>
        <source>The cURL command has an unclosed single quote</source>
        <translation>cURL 命令中有未闭合的单引号</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Close the quote, or copy the whole command again.</source>
        <translation>请补上引号，或重新复制完整的命令。</translation>
    </message>
    <message>
        <source>The cURL command has an unclosed $&apos;…&apos; quote</source>
        <translation>cURL 命令中有未闭合的 $&apos;…&apos; 引号</translation>
    </message>
    <message>
        <source>The cURL command has an unclosed double quote</source>
        <translation>cURL 命令中有未闭合的双引号</translation>
    </message>
    <message>
        <source>The cURL command is empty</source>
        <translation>cURL 命令为空</translation>
    </message>
    <message>
        <source>Paste a command such as: curl https://api.example.com/contacts</source>
        <translation>请粘贴类似这样的命令：curl https://api.example.com/contacts</translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>word %1</source>
        <translation>第 %1 个词</translation>
    </message>
    <message>
        <source>Add the value after %1, or remove the option.</source>
        <translation>请在 %1 后面加上值，或删除该选项。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no name: value form and was left out.</source>
        <translation>请求头“%1”不是“名称: 值”的形式，已忽略。</translation>
    </message>
    <message>
        <source>The body comes from the file %1, which is not read; paste its content instead.</source>
        <translation>请求正文来自文件 %1，该文件不会被读取；请改为粘贴其内容。</translation>
    </message>
    <message>
        <source>-u names the user %1 without a password; enter the password when you save the endpoint.</source>
        <translation>-u 只指定了用户 %1，没有密码；请在保存端点时输入密码。</translation>
    </message>
    <message>
        <source>-k turns certificate checks off; CRM Bridge keeps them on unless you allow self-signed certificates on the endpoint.</source>
        <translation>-k 会关闭证书检查；CRM Bridge 会保持证书检查开启，除非您在端点上允许自签名证书。</translation>
    </message>
    <message>
        <source>--compressed was ignored: CRM Bridge always accepts compressed answers.</source>
        <translation>已忽略 --compressed：CRM Bridge 始终接受压缩的响应。</translation>
    </message>
    <message>
        <source>The extra word &quot;%1&quot; was ignored (only one URL per request).</source>
        <translation>已忽略多余的词“%1”（每个请求只能有一个 URL）。</translation>
    </message>
    <message>
        <source>Ignored options that do not change the request: %1</source>
        <translation>已忽略不影响请求的选项：%1</translation>
    </message>
    <message>
        <source>The cURL command has no URL</source>
        <translation>cURL 命令中没有 URL</translation>
    </message>
    <message>
        <source>Add the address, e.g. curl https://api.example.com/contacts</source>
        <translation>请加上地址，例如 curl https://api.example.com/contacts</translation>
    </message>
    <message>
        <source>The URL has no scheme; http:// was assumed, as cURL does.</source>
        <translation>URL 没有协议前缀；已按 cURL 的做法默认使用 http://。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not valid: %2</source>
        <translation>URL“%1”无效：%2</translation>
    </message>
    <message>
        <source>Check the address in the command.</source>
        <translation>请检查命令中的地址。</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>the quoted text in the date format is not closed</source>
        <translation>日期格式中带引号的文本没有闭合</translation>
    </message>
</context>
<context>
    <name>DecisionCsvReader</name>
    <message>
        <source>Line %1: a quoted cell is never closed</source>
        <translation>第 %1 行：带引号的单元格没有闭合</translation>
    </message>
    <message>
        <source>Close the quote, or export the plan again.</source>
        <translation>请闭合引号，或重新导出计划。</translation>
    </message>
    <message>
        <source>Cannot read the decisions file: %1</source>
        <translation>无法读取判定文件：%1</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>The decisions file is empty</source>
        <translation>判定文件为空</translation>
    </message>
    <message>
        <source>Write the plan with &apos;sync PROFILE --dry-run --plan-out FILE.csv&apos;.</source>
        <translation>请用 &apos;sync PROFILE --dry-run --plan-out FILE.csv&apos; 写出计划。</translation>
    </message>
    <message>
        <source>Line 1: the decisions file has no &apos;%1&apos; column</source>
        <translation>第 1 行：判定文件没有“%1”列</translation>
    </message>
    <message>
        <source>Use the plan CSV of &apos;sync PROFILE --dry-run --plan-out FILE.csv&apos; and fill its decision column with source or target.</source>
        <translation>请使用 &apos;sync PROFILE --dry-run --plan-out FILE.csv&apos; 生成的计划 CSV，并在其 decision 列中填写 source 或 target。</translation>
    </message>
    <message>
        <source>Line %1: the decision is &apos;%2&apos;; write source or target</source>
        <translation>第 %1 行：判定为“%2”；请填写 source 或 target</translation>
    </message>
    <message>
        <source>Line %1: only conflict lines can be decided; this line is &apos;%2&apos;</source>
        <translation>第 %1 行：只能对冲突行作出判定；这一行是“%2”</translation>
    </message>
    <message>
        <source>Line %1: no record with the match key &apos;%2&apos; is in conflict in the latest plan of &quot;%3&quot; (is the file from another profile, or an older plan?)</source>
        <translation>第 %1 行：“%3”的最新计划中没有匹配键为“%2”的冲突记录（该文件是否来自其他配置或较早的计划？）</translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; is not a differing field of &apos;%3&apos; (its differing fields: %4)</source>
        <translation>第 %1 行：“%2”不是“%3”中存在差异的字段（存在差异的字段：%4）</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>（无字段）</translation>
    </message>
    <message>
        <source>Line %1: %2 of &apos;%3&apos; is already decided on line %4</source>
        <translation>第 %1 行：“%3”的 %2 已在第 %4 行作出判定</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the decisions file cannot be used; nothing was stored:
%1</source>
        <translation>
            <numerusform>判定文件中有 %n 行无法使用；未存储任何内容：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix those lines (decision: source or target, on conflict lines of this profile&apos;s latest plan).</source>
        <translation>请修正这些行（decision 填 source 或 target，且只针对该配置最新计划中的冲突行）。</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The sandbox found no free ports between %1 and %2 (%3)</source>
        <translation>沙箱在 %1 到 %2 之间找不到空闲端口（%3）</translation>
    </message>
    <message>
        <source>Stop the programs that use these ports, or start the sandbox from the command line with another --base-port.</source>
        <translation>请停止占用这些端口的程序，或在命令行中使用其他 --base-port 值启动沙箱。</translation>
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
    <name>EndpointCommands</name>
    <message>
        <source>No endpoints yet. Add one with &apos;crmbridge-cli endpoint add NAME --base-url URL&apos;.</source>
        <translation>尚无端点。可用“crmbridge-cli endpoint add 名称 --base-url URL”添加。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>ENTITIES</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Auth:</source>
        <translation>认证：</translation>
    </message>
    <message>
        <source>TLS: self-signed certificates ALLOWED (verification off)</source>
        <translation>TLS：允许自签名证书（已关闭验证）</translation>
    </message>
    <message>
        <source>Rate limit preset:</source>
        <translation>速率限制预设：</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>实体：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cannot read the endpoint file: %1</source>
        <translation>无法读取端点文件：%1</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>--header needs &quot;Name: value&quot;, got &apos;%1&apos;.</source>
        <translation>--header 的格式应为 &quot;名称: 值&quot;，实际为“%1”。</translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive whole number, got &apos;%1&apos;.</source>
        <translation>--timeout-ms 需要一个正整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>An endpoint needs a name.</source>
        <translation>端点必须有名称。</translation>
    </message>
    <message>
        <source>An endpoint named &quot;%1&quot; exists already</source>
        <translation>已存在名为“%1”的端点</translation>
    </message>
    <message>
        <source>Choose another name, or remove it first with &apos;crmbridge-cli endpoint remove&apos;.</source>
        <translation>请换一个名称，或先用“crmbridge-cli endpoint remove”将其删除。</translation>
    </message>
    <message>
        <source>Added endpoint &quot;%1&quot;.</source>
        <translation>已添加端点“%1”。</translation>
    </message>
    <message>
        <source>note: its secret is looked up in the keychain entry &quot;%1&quot;; on a server without a keychain, add --secret-env VARIABLE.</source>
        <translation>注意：其机密将从系统钥匙串条目“%1”中查找；在没有系统钥匙串的服务器上，请加上 --secret-env 变量。</translation>
    </message>
    <message>
        <source>Removed endpoint &quot;%1&quot; and its entities.</source>
        <translation>已删除端点“%1”及其实体。</translation>
    </message>
    <message>
        <source>  [production]</source>
        <translation>  [生产环境]</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n 个变量</numerusform>
        </translation>
    </message>
    <message>
        <source>No environments yet.</source>
        <translation>尚无环境。</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>List the endpoints of the workspace.</source>
        <translation>列出工作区中的端点。</translation>
    </message>
    <message>
        <source>Show one endpoint with its entities.</source>
        <translation>显示一个端点及其实体。</translation>
    </message>
    <message>
        <source>The endpoint.</source>
        <translation>端点。</translation>
    </message>
    <message>
        <source>Add an endpoint (its secret stays in the keychain or an environment variable).</source>
        <translation>添加端点（其机密保存在系统钥匙串或环境变量中）。</translation>
    </message>
    <message>
        <source>crm, erp, helpdesk, marketing or file.</source>
        <translation>crm、erp、helpdesk、marketing 或 file。</translation>
    </message>
    <message>
        <source>rest-json, soap-xml or file.</source>
        <translation>rest-json、soap-xml 或 file。</translation>
    </message>
    <message>
        <source>Base URL; may use {{variables}}.</source>
        <translation>基础 URL；可以使用 {{variables}}。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>none, basic, bearer, api-key-header, api-key-query or oauth2-client-credentials.</source>
        <translation>none、basic、bearer、api-key-header、api-key-query 或 oauth2-client-credentials。</translation>
    </message>
    <message>
        <source>User name for Basic auth.</source>
        <translation>Basic 认证的用户名。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Header or query parameter of an API key.</source>
        <translation>承载 API 密钥的请求头或查询参数的名称。</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL.</source>
        <translation>OAuth 2.0 令牌 URL。</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>OAuth 2.0 客户端 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth 2.0 scope.</source>
        <translation>OAuth 2.0 作用域。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Environment variable that holds the secret (password, token, key).</source>
        <translation>保存机密（密码、令牌、密钥）的环境变量。</translation>
    </message>
    <message>
        <source>VARIABLE</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>A header sent with every request (repeatable).</source>
        <translation>随每个请求发送的请求头（可重复）。</translation>
    </message>
    <message>
        <source>&quot;NAME: VALUE&quot;</source>
        <translation>&quot;名称: 值&quot;</translation>
    </message>
    <message>
        <source>A vendor rate-limit preset id.</source>
        <translation>厂商速率限制预设的 ID。</translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds.</source>
        <translation>传输超时（毫秒）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>PEM file of extra trusted CAs.</source>
        <translation>包含额外受信任 CA 证书的 PEM 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Accept self-signed certificates (turns TLS verification off).</source>
        <translation>接受自签名证书（会关闭 TLS 验证）。</translation>
    </message>
    <message>
        <source>Start from an endpoint JSON file (workspace export format).</source>
        <translation>以端点 JSON 文件（工作区导出格式）为基础创建。</translation>
    </message>
    <message>
        <source>The new endpoint&apos;s name.</source>
        <translation>新端点的名称。</translation>
    </message>
    <message>
        <source>Remove an endpoint and its entities.</source>
        <translation>删除端点及其实体。</translation>
    </message>
    <message>
        <source>List the environments (variable sets) of the workspace.</source>
        <translation>列出工作区中的环境（变量集）。</translation>
    </message>
    <message>
        <source>Show one environment&apos;s variables (secret ones as references).</source>
        <translation>显示一个环境的变量（机密变量只显示其引用）。</translation>
    </message>
    <message>
        <source>The environment.</source>
        <translation>环境。</translation>
    </message>
    <message>
        <source>Cannot read the request data: %1</source>
        <translation>无法读取请求数据：%1</translation>
    </message>
    <message>
        <source>Check the file name after @.</source>
        <translation>请检查 @ 后面的文件名。</translation>
    </message>
    <message>
        <source>The request data is not valid JSON: %1 at byte offset %2 (%3)</source>
        <translation>请求数据不是有效的 JSON：%1，位于字节偏移 %2（%3）</translation>
    </message>
    <message>
        <source>The request data must be a JSON object (%1)</source>
        <translation>请求数据必须是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>Give a JSON object such as &apos;{&quot;OrderId&quot;: 1001}&apos;.</source>
        <translation>请提供一个 JSON 对象，例如 &apos;{&quot;OrderId&quot;: 1001}&apos;。</translation>
    </message>
    <message>
        <source>crmbridge-cli endpoint call</source>
        <translation>crmbridge-cli endpoint call</translation>
    </message>
    <message>
        <source>For a REST endpoint the operation is ENTITY.get, ENTITY.create, ENTITY.update, ENTITY.delete or ENTITY.list, got &apos;%1&apos;.</source>
        <translation>对于 REST 端点，操作应为 ENTITY.get、ENTITY.create、ENTITY.update、ENTITY.delete 或 ENTITY.list，实际为“%1”。</translation>
    </message>
    <message>
        <source>faultcode: %1</source>
        <translation>faultcode: %1</translation>
    </message>
    <message>
        <source>faultstring: %1</source>
        <translation>faultstring: %1</translation>
    </message>
    <message>
        <source>detail code: %1</source>
        <translation>detail 中的代码：%1</translation>
    </message>
    <message>
        <source>OK: %1 answered %2 in %3 ms.</source>
        <translation>成功：%1 在 %3 毫秒内返回了 %2。</translation>
    </message>
    <message>
        <source>Call one operation: a WSDL operation of a SOAP endpoint, or ENTITY.get|create|update|delete|list of a REST endpoint; prints the response.</source>
        <translation>调用一个操作：SOAP 端点的 WSDL 操作，或 REST 端点的 ENTITY.get|create|update|delete|list；并输出响应。</translation>
    </message>
    <message>
        <source>The request as a JSON object, or @FILE to read it from a file.</source>
        <translation>以 JSON 对象表示的请求，或用 @FILE 从文件读取。</translation>
    </message>
    <message>
        <source>JSON|@FILE</source>
        <translation>JSON|@FILE</translation>
    </message>
    <message>
        <source>The record id (REST get, update, delete).</source>
        <translation>记录 ID（用于 REST 的 get、update、delete）。</translation>
    </message>
    <message>
        <source>Confirm a write to a production environment.</source>
        <translation>确认向生产环境写入。</translation>
    </message>
    <message>
        <source>A WSDL operation (GetOrder) or ENTITY.VERB (contacts.get).</source>
        <translation>WSDL 操作（如 GetOrder）或 ENTITY.VERB（如 contacts.get）。</translation>
    </message>
</context>
<context>
    <name>EndpointJson</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;</source>
        <translation>未知的%1“%2”</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>endpoint kind</source>
        <translation>端点类型</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>authentication kind</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot;</source>
        <translation>系统钥匙串条目“%1”</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>A rate window needs both requests and windowMs</source>
        <translation>速率窗口需要同时指定 requests 和 windowMs</translation>
    </message>
    <message>
        <source>This endpoint was written by a newer CRM Bridge</source>
        <translation>该端点由更新版本的 CRM Bridge 写入</translation>
    </message>
    <message>
        <source>An endpoint needs a name</source>
        <translation>端点必须有名称</translation>
    </message>
    <message>
        <source>A header needs a name</source>
        <translation>请求头必须有名称</translation>
    </message>
    <message>
        <source>Secrets are never stored in endpoint files</source>
        <translation>机密从不保存在端点文件中</translation>
    </message>
    <message>
        <source>Not a valid endpoint file: %1</source>
        <translation>不是有效的端点文件：%1</translation>
    </message>
    <message>
        <source>Fix the JSON and load it again.</source>
        <translation>请修正 JSON 后重新加载。</translation>
    </message>
</context>
<context>
    <name>EndpointLabels</name>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>客服工单系统</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销系统</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>REST / JSON</source>
        <translation>REST / JSON</translation>
    </message>
    <message>
        <source>SOAP / XML</source>
        <translation>SOAP / XML</translation>
    </message>
    <message>
        <source>File (CSV, JSON, XML)</source>
        <translation>文件（CSV、JSON、XML）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic（用户名和密码）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>API key in a header</source>
        <translation>请求头中的 API 密钥</translation>
    </message>
    <message>
        <source>API key in the query</source>
        <translation>查询参数中的 API 密钥</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 客户端凭据</translation>
    </message>
    <message>
        <source>None (one response)</source>
        <translation>无（单次响应）</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Offset and count</source>
        <translation>偏移量和数量</translation>
    </message>
    <message>
        <source>Cursor in the body</source>
        <translation>正文中的游标</translation>
    </message>
    <message>
        <source>Next URL in the body</source>
        <translation>正文中的下一页 URL</translation>
    </message>
    <message>
        <source>Link header</source>
        <translation>Link 响应头</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>Could not read the endpoints</source>
        <translation>无法读取端点</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; in the workspace</source>
        <translation>工作区中的端点“%1”</translation>
    </message>
    <message>
        <source>Could not read the endpoint &quot;%1&quot;</source>
        <translation>无法读取端点“%1”</translation>
    </message>
    <message>
        <source>There is no endpoint named &quot;%1&quot;</source>
        <translation>没有名为“%1”的端点</translation>
    </message>
    <message>
        <source>Check the name in the Endpoints page, or create the endpoint first.</source>
        <translation>请在“端点”页面中核对名称，或先创建该端点。</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation>端点“%1”</translation>
    </message>
    <message>
        <source>Could not save the endpoint &quot;%1&quot;</source>
        <translation>无法保存端点“%1”</translation>
    </message>
    <message>
        <source>An endpoint named &quot;%1&quot; already exists</source>
        <translation>已存在名为“%1”的端点</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; was removed meanwhile</source>
        <translation>端点“%1”已在此期间被删除</translation>
    </message>
    <message>
        <source>Save it as a new endpoint.</source>
        <translation>请将其另存为新端点。</translation>
    </message>
    <message>
        <source>Could not remove the endpoint &quot;%1&quot;</source>
        <translation>无法删除端点“%1”</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; of endpoint &quot;%2&quot; in the workspace</source>
        <translation>工作区中端点“%2”的实体“%1”</translation>
    </message>
    <message>
        <source>Could not read the entities of &quot;%1&quot;</source>
        <translation>无法读取“%1”的实体</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has no entity named &quot;%2&quot;</source>
        <translation>端点“%1”中没有名为“%2”的实体</translation>
    </message>
    <message>
        <source>Check the entity name, or add the entity to the endpoint.</source>
        <translation>请检查实体名称，或将该实体添加到端点中。</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;</source>
        <translation>实体“%1”</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; already has an entity named &quot;%2&quot;</source>
        <translation>端点“%1”中已存在名为“%2”的实体</translation>
    </message>
    <message>
        <source>Could not save the entity &quot;%1&quot;</source>
        <translation>无法保存实体“%1”</translation>
    </message>
    <message>
        <source>Could not remove the entity &quot;%1&quot;</source>
        <translation>无法删除实体“%1”</translation>
    </message>
</context>
<context>
    <name>EntityJson</name>
    <message>
        <source>Unknown pagination style &quot;%1&quot;</source>
        <translation>未知的分页方式“%1”</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>Cursor pagination needs the path of the next cursor</source>
        <translation>游标分页需要指定下一页游标的路径</translation>
    </message>
    <message>
        <source>Next-URL pagination needs the path of the next URL</source>
        <translation>“下一页 URL”分页需要指定下一页 URL 的路径</translation>
    </message>
    <message>
        <source>This entity was written by a newer CRM Bridge</source>
        <translation>该实体由更新版本的 CRM Bridge 写入</translation>
    </message>
    <message>
        <source>An entity needs a name</source>
        <translation>实体必须有名称</translation>
    </message>
    <message>
        <source>An operation with a path needs a method</source>
        <translation>设置了路径的操作必须指定 HTTP 方法</translation>
    </message>
</context>
<context>
    <name>EntityRequest</name>
    <message>
        <source>entity &quot;%1&quot; of endpoint &quot;%2&quot;</source>
        <translation>端点“%2”的实体“%1”</translation>
    </message>
    <message>
        <source>The entity has no %1 operation</source>
        <translation>该实体没有 %1 操作</translation>
    </message>
    <message>
        <source>Set its method and path in the Endpoints page.</source>
        <translation>请在“端点”页面中设置其方法和路径。</translation>
    </message>
    <message>
        <source>The %1 operation of %2 needs a record id</source>
        <translation>%2 的 %1 操作需要记录 ID</translation>
    </message>
    <message>
        <source>Give the id of the record.</source>
        <translation>请提供记录的 ID。</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;, %2</source>
        <translation>实体“%1”，%2</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;, %2 of record %3</source>
        <translation>实体“%1”，记录 %3 的 %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentJson</name>
    <message>
        <source>An environment needs a name</source>
        <translation>环境必须有名称</translation>
    </message>
    <message>
        <source>A variable needs a name</source>
        <translation>变量必须有名称</translation>
    </message>
    <message>
        <source>A secret variable keeps its value in the keychain, not in the file</source>
        <translation>机密变量的值保存在系统钥匙串中，而不是文件中</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is defined twice</source>
        <translation>变量“%1”被定义了两次</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>environment &quot;%1&quot; in the workspace</source>
        <translation>工作区中的环境“%1”</translation>
    </message>
    <message>
        <source>Could not read the environments</source>
        <translation>无法读取环境</translation>
    </message>
    <message>
        <source>Could not read the environment &quot;%1&quot;</source>
        <translation>无法读取环境“%1”</translation>
    </message>
    <message>
        <source>There is no environment named &quot;%1&quot;</source>
        <translation>没有名为“%1”的环境</translation>
    </message>
    <message>
        <source>Check the name, or create the environment first.</source>
        <translation>请检查名称，或先创建该环境。</translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;</source>
        <translation>环境“%1”</translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; already exists</source>
        <translation>已存在名为“%1”的环境</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>Could not save the environment &quot;%1&quot;</source>
        <translation>无法保存环境“%1”</translation>
    </message>
    <message>
        <source>Could not remove the environment &quot;%1&quot;</source>
        <translation>无法删除环境“%1”</translation>
    </message>
</context>
<context>
    <name>FetchCommands</name>
    <message>
        <source>--limit needs a positive whole number, got &apos;%1&apos;.</source>
        <translation>--limit 需要一个正整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>--page-size needs a positive whole number, got &apos;%1&apos;.</source>
        <translation>--page-size 需要一个正整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>%1 / %2: %3 records, %4 pages, %5 records/s</source>
        <translation>%1 / %2：%3 条记录，%4 页，%5 条记录/秒</translation>
    </message>
    <message>
        <source>note: the Activity record could not be written: %1</source>
        <translation>注意：无法写入活动记录：%1</translation>
    </message>
    <message>
        <source>Fetched %1 records of %2 / %3 in %4 pages, %5 s.</source>
        <translation>已从 %2 / %3 获取 %1 条记录，共 %4 页，用时 %5 秒。</translation>
    </message>
    <message numerus="yes">
        <source>note: %n field(s) first seen after the first record are not in the CSV; use --format jsonl to keep everything.</source>
        <translation>
            <numerusform>注意：有 %n 个字段在第一条记录之后才首次出现，未包含在 CSV 中；如需保留全部内容，请使用 --format jsonl。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream every page of an entity to JSON Lines, CSV or JSON.</source>
        <translation>将实体的每一页流式导出为 JSON Lines、CSV 或 JSON。</translation>
    </message>
    <message>
        <source>Stop after this many records.</source>
        <translation>达到此记录数后停止。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>jsonl (default), csv or json; from --output&apos;s suffix when not given.</source>
        <translation>jsonl（默认）、csv 或 json；未指定时根据 --output 的后缀确定。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Records per page (the entity&apos;s setting otherwise).</source>
        <translation>每页记录数（未指定时使用实体的设置）。</translation>
    </message>
    <message>
        <source>Use this rate-limit preset for this run instead of the endpoint&apos;s (&apos;none&apos; for no budget).</source>
        <translation>本次运行改用此速率限制预设，而不是端点自己的设置（“none”表示不限速）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The endpoint.</source>
        <translation>端点。</translation>
    </message>
    <message>
        <source>The entity.</source>
        <translation>实体。</translation>
    </message>
</context>
<context>
    <name>FieldTreeJson</name>
    <message>
        <source>Unknown field type &quot;%1&quot;</source>
        <translation>未知的字段类型“%1”</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>A schema field must be a JSON object</source>
        <translation>结构中的字段必须是 JSON 对象</translation>
    </message>
    <message>
        <source>A schema field has no name</source>
        <translation>结构中有字段没有名称</translation>
    </message>
    <message>
        <source>Give every field a &quot;name&quot;.</source>
        <translation>请为每个字段指定 &quot;name&quot;。</translation>
    </message>
    <message>
        <source>This schema was written by a newer CRM Bridge</source>
        <translation>该结构由更新版本的 CRM Bridge 写入</translation>
    </message>
    <message>
        <source>Update CRM Bridge, or discover the schema again.</source>
        <translation>请升级 CRM Bridge，或重新探测结构。</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Reading XML needs a record path</source>
        <translation>读取 XML 需要指定记录路径</translation>
    </message>
    <message>
        <source>Name the elements that are records, for example Orders/Order.</source>
        <translation>请指明作为记录的元素，例如 Orders/Order。</translation>
    </message>
    <message>
        <source>Writing XML is not supported</source>
        <translation>不支持写入 XML</translation>
    </message>
    <message>
        <source>Write CSV, JSON Lines or JSON instead.</source>
        <translation>请改为写入 CSV、JSON Lines 或 JSON。</translation>
    </message>
</context>
<context>
    <name>FormulaCompiler</name>
    <message>
        <source>Unknown variable $%1.</source>
        <translation>未知变量 $%1。</translation>
    </message>
    <message>
        <source>$ variables are only available in validation formulas.</source>
        <translation>$ 变量只能在校验公式中使用。</translation>
    </message>
    <message>
        <source>Available here: $%1.</source>
        <translation>此处可用：$%1。</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>Check the field name against the source schema; put names with spaces in backticks.</source>
        <translation>请对照源结构检查字段名；含空格的名称要用反引号括起来。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是不是想输入 %1？</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, not %3.</source>
        <translation>%1 需要 %2 个参数，而不是 %3 个。</translation>
    </message>
    <message>
        <source>Use it as %1.</source>
        <translation>用法：%1。</translation>
    </message>
    <message>
        <source>Unknown function %1.</source>
        <translation>未知函数 %1。</translation>
    </message>
    <message>
        <source>See docs/formulas.md for the list of functions.</source>
        <translation>函数列表请参阅 docs/formulas.md。</translation>
    </message>
</context>
<context>
    <name>FormulaError</name>
    <message>
        <source>rule %1, %2:%3</source>
        <translation>规则 %1，%2:%3</translation>
    </message>
    <message>
        <source>Fix the formula at the marked position.</source>
        <translation>请修正公式中标记的位置。</translation>
    </message>
</context>
<context>
    <name>FormulaFunctions</name>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation>未知地区“%1”</translation>
    </message>
    <message>
        <source>Use a two-letter ISO country code such as &quot;US&quot;, &quot;CN&quot; or &quot;DE&quot;.</source>
        <translation>请使用两个字母的 ISO 国家代码，例如 &quot;US&quot;、&quot;CN&quot; 或 &quot;DE&quot;。</translation>
    </message>
    <message>
        <source>unknown phone format &apos;%1&apos;</source>
        <translation>未知的电话号码格式“%1”</translation>
    </message>
    <message>
        <source>Use &quot;E164&quot;, &quot;NATIONAL&quot; or &quot;INTERNATIONAL&quot;.</source>
        <translation>请使用 &quot;E164&quot;、&quot;NATIONAL&quot; 或 &quot;INTERNATIONAL&quot;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number%2</source>
        <translation>“%1”不是电话号码%2</translation>
    </message>
    <message>
        <source> (no region given and no +country code)</source>
        <translation>（未指定地区，也没有 + 国家代码）</translation>
    </message>
    <message>
        <source>unknown hash &apos;%1&apos;</source>
        <translation>未知的哈希算法“%1”</translation>
    </message>
    <message>
        <source>Use &quot;MD5&quot;, &quot;SHA1&quot; or &quot;SHA256&quot;.</source>
        <translation>请使用 &quot;MD5&quot;、&quot;SHA1&quot; 或 &quot;SHA256&quot;。</translation>
    </message>
    <message>
        <source>the date format &apos;%1&apos; has no year (yyyy) or time (HH:mm) to read</source>
        <translation>日期格式“%1”中没有可读取的年份（yyyy）或时间（HH:mm）</translation>
    </message>
    <message>
        <source>Use tokens such as yyyy-MM-dd HH:mm:ss, or &quot;ISO&quot;.</source>
        <translation>请使用 yyyy-MM-dd HH:mm:ss 之类的格式符，或 &quot;ISO&quot;。</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>Use an IANA name such as &quot;Asia/Shanghai&quot; or &quot;America/Los_Angeles&quot;, &quot;UTC&quot;, or an offset such as &quot;+08:00&quot;.</source>
        <translation>请使用 IANA 名称（如 &quot;Asia/Shanghai&quot; 或 &quot;America/Los_Angeles&quot;）、&quot;UTC&quot;，或时差偏移（如 &quot;+08:00&quot;）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2</source>
        <translation>“%1”与日期格式 %2 不符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; read it with DATE_PARSE first</source>
        <translation>“%1”不是日期；请先用 DATE_PARSE 读取</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or datetime</source>
        <translation>“%1”不是日期或日期时间</translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a calendar date</source>
        <translation>%1-%2-%3 不是有效的日历日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>a date moves by days, months or years, not &apos;%1&apos;</source>
        <translation>日期只能按天、月或年调整，不能按“%1”</translation>
    </message>
    <message>
        <source>a datetime moves by days, hours, minutes or seconds, not &apos;%1&apos;</source>
        <translation>日期时间只能按天、小时、分钟或秒调整，不能按“%1”</translation>
    </message>
    <message>
        <source>%1 must be a number, got &apos;%2&apos;</source>
        <translation>%1 必须是数字，实际为“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>mode must be HALF_UP, HALF_EVEN, UP or DOWN, got &apos;%1&apos;</source>
        <translation>模式必须是 HALF_UP、HALF_EVEN、UP 或 DOWN，实际为“%1”</translation>
    </message>
    <message>
        <source>the result has more than 18 digits</source>
        <translation>结果超过 18 位数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes/no value</source>
        <translation>“%1”不是是/否值</translation>
    </message>
    <message>
        <source>rejected by a custom rule</source>
        <translation>被自定义规则拒绝</translation>
    </message>
    <message>
        <source>the first argument must name a value map</source>
        <translation>第一个参数必须是值映射表的名称</translation>
    </message>
    <message>
        <source>Write the map&apos;s name, e.g. LOOKUP(status_map, status).</source>
        <translation>请写出值映射表的名称，例如 LOOKUP(status_map, status)。</translation>
    </message>
    <message>
        <source>there is no value map named &apos;%1&apos;</source>
        <translation>没有名为“%1”的值映射表</translation>
    </message>
    <message>
        <source>Add the value map to the mapping first.</source>
        <translation>请先将该值映射表添加到映射中。</translation>
    </message>
    <message>
        <source>Value maps in this mapping: %1.</source>
        <translation>此映射中的值映射表：%1。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>start must be a position from 1, got &apos;%1&apos;</source>
        <translation>起始位置必须从 1 起算，实际为“%1”</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>出现序号</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>side must be &quot;LEFT&quot; or &quot;RIGHT&quot;, got &apos;%1&apos;</source>
        <translation>方向必须是 &quot;LEFT&quot; 或 &quot;RIGHT&quot;，实际为“%1”</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>Check the pattern near position %1.</source>
        <translation>请检查表达式中位置 %1 附近的内容。</translation>
    </message>
    <message>
        <source>group must be between 0 and %1</source>
        <translation>分组编号必须在 0 到 %1 之间</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>The document names no endpoint; give one with --name.</source>
        <translation>文档中未指定端点名称；请使用 --name 指定。</translation>
    </message>
    <message>
        <source>An endpoint named &quot;%1&quot; exists already</source>
        <translation>已存在名为“%1”的端点</translation>
    </message>
    <message>
        <source>Give the import another name with --name.</source>
        <translation>请使用 --name 为导入的端点另取一个名称。</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; could not be stored: %2</source>
        <translation>无法存储机密“%1”：%2</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; found in the document was NOT kept: no keychain is available; name an environment variable for it</source>
        <translation>文档中的机密“%1”未被保留：没有可用的系统钥匙串；请为其指定一个环境变量</translation>
    </message>
    <message numerus="yes">
        <source>Imported endpoint &quot;%1&quot; with %n entity(ies).</source>
        <translation>
            <numerusform>已导入端点“%1”，包含 %n 个实体。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>The WSDL download was interrupted</source>
        <translation>WSDL 下载被中断</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>OK: %1 answered %2 in %3 ms.</source>
        <translation>成功：%1 在 %3 毫秒内返回了 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Entity &quot;%1&quot;: %n record(s) in the first page.</source>
        <translation>
            <numerusform>实体“%1”：第一页中有 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the entity&apos;s records path and the base URL.</source>
        <translation>请检查实体的记录路径和基础 URL。</translation>
    </message>
    <message>
        <source>Name of the new endpoint (default: from the document).</source>
        <translation>新端点的名称（默认取自文档）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Base URL to use instead of the document&apos;s.</source>
        <translation>用于替代文档中基础 URL 的基础 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Create an endpoint with entities from an OpenAPI 3.0/3.1 document (JSON or YAML).</source>
        <translation>根据 OpenAPI 3.0/3.1 文档（JSON 或 YAML）创建带有实体的端点。</translation>
    </message>
    <message>
        <source>The OpenAPI document.</source>
        <translation>OpenAPI 文档。</translation>
    </message>
    <message>
        <source>Create an endpoint from a Postman Collection v2.1.</source>
        <translation>根据 Postman Collection v2.1 创建端点。</translation>
    </message>
    <message>
        <source>The collection (.json).</source>
        <translation>集合文件（.json）。</translation>
    </message>
    <message>
        <source>Create a SOAP endpoint from a WSDL 1.1 document (a URL or a file).</source>
        <translation>根据 WSDL 1.1 文档（URL 或文件）创建 SOAP 端点。</translation>
    </message>
    <message>
        <source>Where the WSDL is.</source>
        <translation>WSDL 所在位置。</translation>
    </message>
    <message>
        <source>List the vendor templates (HubSpot, Zendesk, Klaviyo, Intercom, Mailchimp, Salesforce, Dynamics 365).</source>
        <translation>列出厂商模板（HubSpot、Zendesk、Klaviyo、Intercom、Mailchimp、Salesforce、Dynamics 365）。</translation>
    </message>
    <message>
        <source>Create an endpoint from a vendor template (credentials are left to you).</source>
        <translation>根据厂商模板创建端点（凭据需自行填写）。</translation>
    </message>
    <message>
        <source>A template id from &apos;endpoint templates&apos;.</source>
        <translation>来自“endpoint templates”的模板 ID。</translation>
    </message>
    <message>
        <source>Test the connection: authenticate, fetch one page, and say what is wrong if it fails.</source>
        <translation>测试连接：进行身份验证、获取一页数据，如果失败则说明问题所在。</translation>
    </message>
    <message>
        <source>The endpoint.</source>
        <translation>端点。</translation>
    </message>
    <message>
        <source>The entity (default: the first).</source>
        <translation>实体（默认为第一个）。</translation>
    </message>
    <message>
        <source>SOAP operations: %1 (call one with &apos;crmbridge-cli endpoint call ENDPOINT OPERATION&apos;).</source>
        <translation>SOAP 操作：%1（可用“crmbridge-cli endpoint call ENDPOINT OPERATION”调用其中之一）。</translation>
    </message>
</context>
<context>
    <name>InputBuffer</name>
    <message>
        <source>Could not read the input: %1</source>
        <translation>无法读取输入：%1</translation>
    </message>
    <message>
        <source>A record is longer than %1 MiB</source>
        <translation>有一条记录超过 %1 MiB</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1，第 %2 字节</translation>
    </message>
    <message>
        <source>Check for an unclosed quote or bracket before this point.</source>
        <translation>请检查此处之前是否有未闭合的引号或括号。</translation>
    </message>
    <message>
        <source>The input ends in the middle of a character</source>
        <translation>输入在一个字符的中间结束</translation>
    </message>
    <message>
        <source>Check the encoding chosen for this file.</source>
        <translation>请检查为该文件选择的编码。</translation>
    </message>
    <message>
        <source>The input is not valid %1 text</source>
        <translation>输入不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>%1, near byte %2</source>
        <translation>%1，第 %2 字节附近</translation>
    </message>
    <message>
        <source>Give the file&apos;s encoding explicitly.</source>
        <translation>请明确指定该文件的编码。</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8</source>
        <translation>输入不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>Give the file&apos;s encoding explicitly (for example GB18030 or windows-1252).</source>
        <translation>请明确指定该文件的编码（例如 GB18030 或 windows-1252）。</translation>
    </message>
</context>
<context>
    <name>JsonArrayReader</name>
    <message>
        <source>The JSON document ends in the middle of a value</source>
        <translation>JSON 文档在一个值的中间结束</translation>
    </message>
    <message>
        <source>Expected an object holding &quot;%1&quot;</source>
        <translation>此处应为包含“%1”的对象</translation>
    </message>
    <message>
        <source>The JSON document has no &quot;%1&quot;</source>
        <translation>JSON 文档中没有“%1”</translation>
    </message>
    <message>
        <source>Expected a field name in double quotes</source>
        <translation>此处应为带双引号的字段名</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a field name</source>
        <translation>字段名后应为“:”</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after a field</source>
        <translation>字段后应为“,”或“}”</translation>
    </message>
    <message>
        <source>The file must hold one JSON array of objects.</source>
        <translation>文件必须包含一个由对象组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>Check the record path &quot;%1&quot;: it must name an array of objects.</source>
        <translation>请检查记录路径“%1”：它必须指向一个由对象组成的数组。</translation>
    </message>
    <message>
        <source>The JSON document is not an array</source>
        <translation>JSON 文档不是数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>“%1”不是数组</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>数组元素后应为“,”或“]”</translation>
    </message>
    <message>
        <source>The JSON array is never closed</source>
        <translation>JSON 数组没有闭合</translation>
    </message>
    <message>
        <source>Unexpected text after the JSON array</source>
        <translation>JSON 数组之后有多余的文本</translation>
    </message>
    <message>
        <source>Record %1 is not a valid JSON object: %2</source>
        <translation>第 %1 条记录不是有效的 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Each element of the array must be a JSON object.</source>
        <translation>数组中的每个元素都必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>Record %1 is not a valid JSON object: %2</source>
        <translation>第 %1 条记录不是有效的 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Each line must hold exactly one JSON object.</source>
        <translation>每行必须恰好包含一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Fix the value in the file and load it again.</source>
        <translation>请修正文件中的该值后重新加载。</translation>
    </message>
    <message>
        <source>Expected text</source>
        <translation>此处应为文本</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>此处应为 true 或 false</translation>
    </message>
    <message>
        <source>Expected a whole number</source>
        <translation>此处应为整数</translation>
    </message>
    <message>
        <source>Expected a number of at least %1</source>
        <translation>此处应为不小于 %1 的数字</translation>
    </message>
    <message>
        <source>Expected an object</source>
        <translation>此处应为对象</translation>
    </message>
    <message>
        <source>Expected a list</source>
        <translation>此处应为列表</translation>
    </message>
</context>
<context>
    <name>JsonRecordParser</name>
    <message>
        <source>expected a JSON object, found nothing</source>
        <translation>应为 JSON 对象，但内容为空</translation>
    </message>
    <message>
        <source>expected a JSON object starting with &apos;{&apos;</source>
        <translation>应为以“{”开头的 JSON 对象</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>JSON 对象之后有多余的文本</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>应为带双引号的字段名</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a field name</source>
        <translation>字段名后应为“:”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a field</source>
        <translation>字段后应为“,”或“}”</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation>JSON 文本意外结束</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>数组中应为“,”或“]”</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>\u 转义需要四位十六进制数字</translation>
    </message>
    <message>
        <source>a \u escape starts a surrogate pair that is not completed</source>
        <translation>\u 转义开始了一个代理对，但该代理对不完整</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos;</source>
        <translation>未知的转义序列“\%1”</translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation>字符串没有闭合</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>数字格式错误</translation>
    </message>
</context>
<context>
    <name>JsonValueReader</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>JSON 值之后有多余的文本</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>第 %1 字节</translation>
    </message>
    <message>
        <source>Check that each line holds exactly one JSON object.</source>
        <translation>请确认每行恰好包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>输入意外结束</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>无效的 \u 转义</translation>
    </message>
    <message>
        <source>bad surrogate pair</source>
        <translation>无效的代理对</translation>
    </message>
    <message>
        <source>bad escape \%1</source>
        <translation>无效的转义 \%1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>number is malformed or has more than 18 digits</source>
        <translation>数字格式错误或超过 18 位</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>expected a field name in quotes</source>
        <translation>应为带引号的字段名</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a field name</source>
        <translation>字段名后应为“:”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>对象中应为“,”或“}”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>数组中应为“,”或“]”</translation>
    </message>
</context>
<context>
    <name>Lexer</name>
    <message>
        <source>This text has no closing quote.</source>
        <translation>这段文本缺少右引号。</translation>
    </message>
    <message>
        <source>Add a &quot; at the end of the text.</source>
        <translation>请在文本末尾加上 &quot;。</translation>
    </message>
    <message>
        <source>This field name has no closing backtick.</source>
        <translation>这个字段名缺少右反引号。</translation>
    </message>
    <message>
        <source>Add a ` after the name.</source>
        <translation>请在名称后面加上 `。</translation>
    </message>
    <message>
        <source>Unexpected character &apos;!&apos;.</source>
        <translation>意外的字符“!”。</translation>
    </message>
    <message>
        <source>Use NOT(...) or != for &quot;not equal&quot;.</source>
        <translation>表示“不等于”请使用 NOT(...) 或 !=。</translation>
    </message>
    <message>
        <source>Curly or full-width quotes cannot start text.</source>
        <translation>文本不能以弯引号或全角引号开头。</translation>
    </message>
    <message>
        <source>Use straight double quotes (&quot;) around text.</source>
        <translation>请用直双引号（&quot;）把文本括起来。</translation>
    </message>
    <message>
        <source>Full-width punctuation &apos;%1&apos; is not part of the formula language.</source>
        <translation>公式语言中不能使用全角标点“%1”。</translation>
    </message>
    <message>
        <source>Use ASCII parentheses and commas: ( ) ,</source>
        <translation>请使用 ASCII 括号和逗号：( ) ,</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation>意外的字符“%1”。</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>created → processing → shipped → closed, or cancelled / on hold; every step is a status change on the ERP (REST, with If-Match).</source>
        <translation>已创建 → 处理中 → 已发货 → 已关闭，或已取消 / 已暂停；每一步都是 ERP 上的一次状态变更（REST，带 If-Match）。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Create in ERP</source>
        <translation>在 ERP 中创建</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
</context>
<context>
    <name>LifecycleFile</name>
    <message>
        <source>lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>The lifecycle file is not valid JSON: %1</source>
        <translation>生命周期文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Fix the JSON and try again.</source>
        <translation>请修正 JSON 后重试。</translation>
    </message>
    <message>
        <source>Unsupported lifecycle format version %1 (this version reads %2)</source>
        <translation>不支持的生命周期格式版本 %1（此版本支持 %2）</translation>
    </message>
    <message>
        <source>Export the lifecycle again from a matching CRM Bridge version.</source>
        <translation>请使用匹配的 CRM Bridge 版本重新导出生命周期。</translation>
    </message>
    <message>
        <source>The lifecycle has no name</source>
        <translation>生命周期没有名称</translation>
    </message>
    <message>
        <source>Add a &quot;name&quot; to the file.</source>
        <translation>请在文件中添加 &quot;name&quot;。</translation>
    </message>
    <message>
        <source>State %1 has no id</source>
        <translation>第 %1 个状态没有 id</translation>
    </message>
    <message>
        <source>Give every state an &quot;id&quot;.</source>
        <translation>请为每个状态指定 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>Transition %1 has no name</source>
        <translation>第 %1 个状态转换没有名称</translation>
    </message>
    <message>
        <source>Give every transition a &quot;name&quot;.</source>
        <translation>请为每个状态转换指定 &quot;name&quot;。</translation>
    </message>
    <message>
        <source>transition %1</source>
        <translation>状态转换 %1</translation>
    </message>
    <message>
        <source>Unknown notification mode &quot;%1&quot;</source>
        <translation>未知的通知模式“%1”</translation>
    </message>
    <message>
        <source>Use sync, async or event.</source>
        <translation>请使用 sync、async 或 event。</translation>
    </message>
    <message>
        <source>Unknown action kind &quot;%1&quot;</source>
        <translation>未知的动作类型“%1”</translation>
    </message>
    <message>
        <source>Use none, rest, soap or create_erp_order.</source>
        <translation>请使用 none、rest、soap 或 create_erp_order。</translation>
    </message>
    <message>
        <source>Could not write the lifecycle file: %1</source>
        <translation>无法写入生命周期文件：%1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请确认该文件夹存在且可写。</translation>
    </message>
    <message>
        <source>Could not read the lifecycle file: %1</source>
        <translation>无法读取生命周期文件：%1</translation>
    </message>
    <message>
        <source>Check the path and the file&apos;s permissions.</source>
        <translation>请检查路径和文件权限。</translation>
    </message>
</context>
<context>
    <name>LifecycleStore</name>
    <message>
        <source>The lifecycle is not valid: %1</source>
        <translation>生命周期无效：%1</translation>
    </message>
    <message>
        <source>Fix the problems and save again; &apos;crmbridge-cli lifecycle validate FILE&apos; lists them.</source>
        <translation>请修正问题后重新保存；“crmbridge-cli lifecycle validate FILE”会列出这些问题。</translation>
    </message>
    <message>
        <source>Could not read the lifecycle</source>
        <translation>无法读取生命周期</translation>
    </message>
    <message>
        <source>lifecycle &quot;%1&quot; in the workspace</source>
        <translation>工作区中的生命周期“%1”</translation>
    </message>
    <message>
        <source>Could not save the lifecycle</source>
        <translation>无法保存生命周期</translation>
    </message>
</context>
<context>
    <name>LifecycleValidator</name>
    <message>
        <source>The lifecycle has no states. Add at least an initial state.</source>
        <translation>生命周期没有任何状态。请至少添加一个初始状态。</translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; is defined twice. Give each state its own id.</source>
        <translation>状态“%1”被定义了两次。请为每个状态指定唯一的 id。</translation>
    </message>
    <message>
        <source>No state is marked initial. Mark the state new orders start in with &quot;initial&quot;: true.</source>
        <translation>没有状态被标记为初始状态。请用 &quot;initial&quot;: true 标记新订单的起始状态。</translation>
    </message>
    <message>
        <source>%1 states are marked initial. Mark exactly one.</source>
        <translation>有 %1 个状态被标记为初始状态。只能标记一个。</translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; is defined twice. Transition names must be unique.</source>
        <translation>状态转换“%1”被定义了两次。状态转换名称必须唯一。</translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; has no &quot;from&quot; state. Name the states it leaves from.</source>
        <translation>状态转换“%1”没有 &quot;from&quot; 状态。请指定它的起始状态。</translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; leaves from the unknown state &quot;%2&quot;. Add the state or fix the name.</source>
        <translation>状态转换“%1”的起始状态“%2”不存在。请添加该状态或修正名称。</translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; goes to the unknown state &quot;%2&quot;. Add the state or fix the name.</source>
        <translation>状态转换“%1”的目标状态“%2”不存在。请添加该状态或修正名称。</translation>
    </message>
    <message>
        <source>The guard of &quot;%1&quot; does not compile at %2:%3: %4 %5</source>
        <translation>“%1”的守卫条件在 %2:%3 处无法编译：%4 %5</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; of &quot;%2&quot; is not a field path such as customer_id or lines[0].sku.</source>
        <translation>“%2”的必填字段“%1”不是有效的字段路径（例如 customer_id 或 lines[0].sku）。</translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; has no action: the ERP will not hear of it (only events, in event mode). Add an action if the ERP should follow.</source>
        <translation>状态转换“%1”没有动作：ERP 不会收到通知（在 event 模式下只会发送事件）。如果 ERP 需要同步跟进，请添加动作。</translation>
    </message>
    <message>
        <source>The action of &quot;%1&quot; names no endpoint.</source>
        <translation>“%1”的动作未指定端点。</translation>
    </message>
    <message>
        <source>The SOAP action of &quot;%1&quot; names no operation.</source>
        <translation>“%1”的 SOAP 动作未指定操作。</translation>
    </message>
    <message>
        <source>The action of &quot;%1&quot; needs a method and a path.</source>
        <translation>“%1”的动作需要指定方法和路径。</translation>
    </message>
    <message>
        <source>The body field &quot;%1&quot; of &quot;%2&quot; does not compile at %3:%4: %5 %6</source>
        <translation>“%2”的正文字段“%1”在 %3:%4 处无法编译：%5 %6</translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; cannot be reached from &quot;%2&quot;. Add a transition into it or remove it.</source>
        <translation>从“%2”无法到达状态“%1”。请添加一个进入该状态的状态转换，或删除该状态。</translation>
    </message>
    <message>
        <source>No transition leaves the state &quot;%1&quot;. Mark it final, or add a way out.</source>
        <translation>没有从状态“%1”出发的状态转换。请将其标记为最终状态，或添加一个出口。</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>The mapping file (.json) to run.</source>
        <translation>要运行的映射文件（.json）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The records to map; - for standard input (default).</source>
        <translation>要映射的记录；- 表示标准输入（默认）。</translation>
    </message>
    <message>
        <source>csv, jsonl or json (default: from the input file&apos;s extension).</source>
        <translation>csv、jsonl 或 json（默认根据输入文件的扩展名确定）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Where the mapped records go; - for standard output (default).</source>
        <translation>映射后记录的输出位置；- 表示标准输出（默认）。</translation>
    </message>
    <message>
        <source>jsonl, csv or json (default: from the output file&apos;s extension, jsonl on standard output).</source>
        <translation>jsonl、csv 或 json（默认根据输出文件的扩展名确定，输出到标准输出时为 jsonl）。</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores, %1 here).</source>
        <translation>工作线程数（默认使用全部核心，此处为 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write every invalid record to this CSV file: record, line, column, field, reason, source_key.</source>
        <translation>将每条无效记录写入此 CSV 文件：record、line、column、field、reason、source_key。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Could not read the mapping file: %1</source>
        <translation>无法读取映射文件：%1</translation>
    </message>
    <message>
        <source>Check the path given to --mapping.</source>
        <translation>请检查为 --mapping 指定的路径。</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1</source>
        <translation>映射文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>%1, line %2:%3</source>
        <translation>%1，行 %2:%3</translation>
    </message>
    <message>
        <source>Fix the JSON at that position, or export the mapping again.</source>
        <translation>请修正该位置的 JSON，或重新导出映射。</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>错误：</translation>
    </message>
    <message numerus="yes">
        <source>The mapping %1 does not compile: %n problem(s). Fix them and run again.</source>
        <translation>
            <numerusform>映射 %1 无法编译：有 %n 个问题。请修正后重新运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be %2, got &apos;%3&apos;.</source>
        <translation>--%1 必须是 %2，实际为“%3”。</translation>
    </message>
    <message>
        <source>Reading standard input needs --input-format csv, jsonl or json.</source>
        <translation>从标准输入读取时需要指定 --input-format csv、jsonl 或 json。</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its extension; add --%2 csv, jsonl or json.</source>
        <translation>无法根据扩展名判断 %1 的格式；请加上 --%2 csv、jsonl 或 json。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Check the path and that the file is readable.</source>
        <translation>请检查路径，并确认该文件可读。</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请确认该文件夹存在且可写。</translation>
    </message>
    <message>
        <source>map needs --mapping FILE.</source>
        <translation>map 需要 --mapping FILE。</translation>
    </message>
    <message>
        <source>--threads needs a whole number from 1 to 256, got &apos;%1&apos;.</source>
        <translation>--threads 需要 1 到 256 之间的整数，实际为“%1”。</translation>
    </message>
    <message>
        <source>The output %1 is the input file; write the records to another file.</source>
        <translation>输出%1就是输入文件；请将记录写入其他文件。</translation>
    </message>
    <message>
        <source>the input file</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>the output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>the errors file</source>
        <translation>错误文件</translation>
    </message>
    <message>
        <source>%1 records, %2 invalid, %3 records/s</source>
        <translation>%1 条记录，%2 条无效，%3 条记录/秒</translation>
    </message>
    <message>
        <source>Interrupted after %1 records (%2 written to %3); the output holds the records before that point.</source>
        <translation>处理 %1 条记录后被中断（已将 %2 条写入 %3）；输出中包含中断之前的记录。</translation>
    </message>
    <message>
        <source>Mapped %1 records in %2 s (%3 records/s): %4 valid, %5 invalid.</source>
        <translation>已映射 %1 条记录，用时 %2 秒（%3 条记录/秒）：%4 条有效，%5 条无效。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) invalid; see %1 for each record, field and reason.</source>
        <translation>
            <numerusform>%n 条记录无效；每条记录、字段及原因请参见 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) invalid and left out of the output; add --errors FILE.csv to see which and why.</source>
        <translation>
            <numerusform>%n 条记录无效，已从输出中剔除；如需查看具体记录和原因，请加上 --errors FILE.csv。</numerusform>
        </translation>
    </message>
    <message>
        <source>Map CSV, JSON Lines or JSON records with a mapping file, streaming, on all cores.</source>
        <translation>使用映射文件对 CSV、JSON Lines 或 JSON 记录进行流式映射，并使用全部核心。</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Rule %1 writes the target field &apos;%2&apos;, which the target no longer has.</source>
        <translation>规则 %1 写入目标字段“%2”，但目标中已不存在该字段。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>规则 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Rule %1 (%2) reads the source field &apos;%3&apos;, which the source no longer has.</source>
        <translation>规则 %1（%2）读取源字段“%3”，但源中已不存在该字段。</translation>
    </message>
</context>
<context>
    <name>MappingEngine</name>
    <message>
        <source>Unknown time zone &apos;%1&apos;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>mapping %1</source>
        <translation>映射 %1</translation>
    </message>
    <message>
        <source>Use an IANA name such as Asia/Shanghai, or UTC.</source>
        <translation>请使用 IANA 名称（如 Asia/Shanghai）或 UTC。</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is not a field path.</source>
        <translation>目标“%1”不是字段路径。</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Write targets as name, parent.child or items[].child.</source>
        <translation>目标的写法应为 name、parent.child 或 items[].child。</translation>
    </message>
    <message>
        <source>Two rules write the target &apos;%1&apos;.</source>
        <translation>有两条规则写入目标“%1”。</translation>
    </message>
    <message>
        <source>Keep one rule per target field.</source>
        <translation>每个目标字段只保留一条规则。</translation>
    </message>
    <message>
        <source>rule %1, validation %2</source>
        <translation>规则 %1，校验 %2</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1.</source>
        <translation>无效的正则表达式：%1。</translation>
    </message>
    <message>
        <source>Fix the pattern.</source>
        <translation>请修正该表达式。</translation>
    </message>
    <message>
        <source>The bound &apos;%1&apos; is neither a number nor a date.</source>
        <translation>界限值“%1”既不是数字也不是日期。</translation>
    </message>
    <message>
        <source>Write a number such as 0 or 99.95, or a date such as 2024-01-31.</source>
        <translation>请写成数字（如 0 或 99.95）或日期（如 2024-01-31）。</translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos;.</source>
        <translation>未知类型“%1”。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>(validation)</source>
        <translation>（校验）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>“%1”不是 %2 类型</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match %2</source>
        <translation>“%1”与 %2 不匹配</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be compared with %2</source>
        <translation>“%1”无法与 %2 比较</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 小于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 大于最大值 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address</source>
        <translation>“%1”不是有效的电子邮件地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number</source>
        <translation>“%1”不是有效的电话号码</translation>
    </message>
    <message>
        <source>fails the check %1</source>
        <translation>未通过检查 %1</translation>
    </message>
</context>
<context>
    <name>MappingFile</name>
    <message>
        <source>mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1.</source>
        <translation>映射文件不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1，第 %2 字节</translation>
    </message>
    <message>
        <source>Fix the JSON or re-export the mapping.</source>
        <translation>请修正 JSON，或重新导出该映射。</translation>
    </message>
    <message>
        <source>The mapping file has no format_version.</source>
        <translation>映射文件中没有 format_version。</translation>
    </message>
    <message>
        <source>The mapping file has format_version %1; this version reads %2.</source>
        <translation>映射文件的 format_version 为 %1；当前版本只能读取 %2。</translation>
    </message>
    <message>
        <source>Open it with the CRM Bridge version that wrote it, or export it again.</source>
        <translation>请用写入该文件的 CRM Bridge 版本打开，或重新导出。</translation>
    </message>
    <message>
        <source>Rule %1 needs a target and a formula.</source>
        <translation>规则 %1 需要目标和公式。</translation>
    </message>
    <message>
        <source>Every rule is {&quot;target&quot;: &quot;field&quot;, &quot;formula&quot;: &quot;...&quot;}.</source>
        <translation>每条规则的格式为 {&quot;target&quot;: &quot;field&quot;, &quot;formula&quot;: &quot;...&quot;}。</translation>
    </message>
    <message>
        <source>Rule %1 (%2) has an unknown validation &apos;%3&apos;.</source>
        <translation>规则 %1（%2）含有未知的校验“%3”。</translation>
    </message>
    <message>
        <source>Use required, type, regex, min, max, one_of, email, phone or formula.</source>
        <translation>请使用 required、type、regex、min、max、one_of、email、phone 或 formula。</translation>
    </message>
    <message>
        <source>Could not write the mapping file: %1.</source>
        <translation>无法写入映射文件：%1。</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请确认该文件夹存在且可写。</translation>
    </message>
    <message>
        <source>Could not read the mapping file: %1.</source>
        <translation>无法读取映射文件：%1。</translation>
    </message>
    <message>
        <source>Check the path and the file&apos;s permissions.</source>
        <translation>请检查路径和文件权限。</translation>
    </message>
    <message>
        <source>This line is not Source=Target.</source>
        <translation>此行不是“源=目标”格式。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Each line maps a CSV column (or &quot;constant&quot;) to a field: Name=Name.</source>
        <translation>每行将一个 CSV 列（或带双引号的常量，如 &quot;ACME&quot;）映射到一个字段：Name=Name。</translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation>导入自 %1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Could not read the mapping &quot;%1&quot;</source>
        <translation>无法读取映射“%1”</translation>
    </message>
    <message>
        <source>There is no mapping named &quot;%1&quot;</source>
        <translation>没有名为“%1”的映射</translation>
    </message>
    <message>
        <source>Check the name in the Mappings page, or create the mapping first.</source>
        <translation>请在“映射”页面中检查名称，或先创建该映射。</translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; in the workspace</source>
        <translation>工作区中的映射“%1”</translation>
    </message>
    <message>
        <source>Could not read the mappings</source>
        <translation>无法读取映射</translation>
    </message>
    <message>
        <source>A mapping needs a name</source>
        <translation>映射需要一个名称</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>请为该映射命名。</translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot;</source>
        <translation>映射“%1”</translation>
    </message>
    <message>
        <source>Could not save the mapping &quot;%1&quot;</source>
        <translation>无法保存映射“%1”</translation>
    </message>
    <message>
        <source>A mapping named &quot;%1&quot; already exists</source>
        <translation>已存在名为“%1”的映射</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; was removed meanwhile</source>
        <translation>映射“%1”已在此期间被删除</translation>
    </message>
    <message>
        <source>Save it as a new mapping.</source>
        <translation>请将其另存为新映射。</translation>
    </message>
    <message>
        <source>Could not delete the mapping &quot;%1&quot;</source>
        <translation>无法删除映射“%1”</translation>
    </message>
    <message>
        <source>Refresh the Mappings page; it may have been deleted already.</source>
        <translation>请刷新“映射”页面；该映射可能已被删除。</translation>
    </message>
    <message>
        <source>Could not read the mapping file: %1</source>
        <translation>无法读取映射文件：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and can be read.</source>
        <translation>请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>Rename or delete the existing mapping, or import with replace.</source>
        <translation>请重命名或删除现有映射，或以替换方式导入。</translation>
    </message>
</context>
<context>
    <name>NetErrors</name>
    <message>
        <source>The response is not valid JSON: %1 at byte offset %2</source>
        <translation>响应不是有效的 JSON：%1（字节偏移 %2）</translation>
    </message>
    <message>
        <source>Check that the URL points at the API (not a web page) and that the server is healthy; the Activity page shows the body.</source>
        <translation>请确认 URL 指向的是 API（而不是网页）且服务器运行正常；“活动记录”页面会显示响应正文。</translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message>
        <source>%1 names no server; set the endpoint&apos;s base URL by hand.</source>
        <translation>%1 中未指定服务器；请手动设置端点的基础 URL。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; is relative; put the host in front of it in the base URL.</source>
        <translation>服务器 URL“%1”是相对地址；请在基础 URL 中为其加上主机部分。</translation>
    </message>
    <message>
        <source>The document lists %1 servers; the first (%2) became the base URL.</source>
        <translation>文档列出了 %1 个服务器；已将第一个（%2）用作基础 URL。</translation>
    </message>
    <message>
        <source>The HTTP auth scheme &quot;%1&quot; is sent as a Bearer token.</source>
        <translation>HTTP 认证方案“%1”将作为 Bearer 令牌发送。</translation>
    </message>
    <message>
        <source>The API key travels in a cookie (%1); CRM Bridge sends it as a header instead.</source>
        <translation>API 密钥通过 Cookie（%1）传递；CRM Bridge 会改为通过请求头发送。</translation>
    </message>
    <message>
        <source>The key goes in the Authorization header with a prefix (&quot;%1&quot;): store the whole value, prefix included, as the secret.</source>
        <translation>密钥放在带前缀（“%1”）的 Authorization 请求头中：请将包括前缀在内的完整值保存为机密。</translation>
    </message>
    <message>
        <source>OAuth 2.0 (%1) needs a browser sign-in; paste an access token, which is sent as a Bearer token.</source>
        <translation>OAuth 2.0（%1）需要在浏览器中登录；请粘贴访问令牌，它将作为 Bearer 令牌发送。</translation>
    </message>
    <message>
        <source>The security scheme &quot;%1&quot; (%2) is not supported; set the endpoint&apos;s auth by hand.</source>
        <translation>不支持安全方案“%1”（%2）；请手动设置端点的认证方式。</translation>
    </message>
    <message>
        <source>Auth: used &quot;%1&quot;; the document also offers %2.</source>
        <translation>认证：已使用“%1”；文档还提供了 %2。</translation>
    </message>
    <message>
        <source>%1 describes no operations under &quot;paths&quot;.</source>
        <translation>%1 的 &quot;paths&quot; 下没有描述任何操作。</translation>
    </message>
    <message>
        <source>%1: pagination guessed as %2 with &quot;%3&quot;; check it against one real answer.</source>
        <translation>%1：分页方式推测为 %2（“%3”）；请用一次真实响应加以核对。</translation>
    </message>
    <message>
        <source>%1 list operations declare no paging; they were given the document&apos;s common style (%2, parameter &quot;%3&quot;).</source>
        <translation>有 %1 个列表操作未声明分页；已为其采用文档中通用的方式（%2，参数“%3”）。</translation>
    </message>
    <message>
        <source>%1 references were not found and were left out: %2</source>
        <translation>有 %1 个引用未找到，已略过：%2</translation>
    </message>
    <message>
        <source>This is a Swagger 2.0 document; CRM Bridge imports OpenAPI 3.0 and 3.1</source>
        <translation>这是 Swagger 2.0 文档；CRM Bridge 只能导入 OpenAPI 3.0 和 3.1</translation>
    </message>
    <message>
        <source>Convert it first (for example with swagger2openapi), then import the result.</source>
        <translation>请先进行转换（例如使用 swagger2openapi），再导入转换结果。</translation>
    </message>
    <message>
        <source>This is not an OpenAPI document (no &quot;openapi&quot;: &quot;3.x&quot; at the top)</source>
        <translation>这不是 OpenAPI 文档（顶层没有 &quot;openapi&quot;: &quot;3.x&quot;）</translation>
    </message>
    <message>
        <source>Import an OpenAPI 3.0 or 3.1 document in JSON or YAML.</source>
        <translation>请导入 JSON 或 YAML 格式的 OpenAPI 3.0 或 3.1 文档。</translation>
    </message>
    <message>
        <source>The document is not a JSON/YAML object</source>
        <translation>该文档不是 JSON/YAML 对象</translation>
    </message>
    <message>
        <source>Import an OpenAPI 3.0 or 3.1 document.</source>
        <translation>请导入 OpenAPI 3.0 或 3.1 文档。</translation>
    </message>
    <message>
        <source>Cannot read the OpenAPI document: %1</source>
        <translation>无法读取 OpenAPI 文档：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请确认该文件存在且您有权读取。</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>&apos;%1&apos; is not an order id (a positive whole number, as &apos;order list&apos; shows).</source>
        <translation>“%1”不是订单 ID（应为正整数，见“order list”的输出）。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s).</source>
        <translation>
            <numerusform>共 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 (%2): %3</source>
        <translation>订单 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>Name the order(s) to step: ID or ID,ID,…</source>
        <translation>请指定要执行状态转换的订单：ID 或 ID,ID,…</translation>
    </message>
    <message>
        <source>--mode must be sync, async or event, got &apos;%1&apos;.</source>
        <translation>--mode 必须为 sync、async 或 event，实际为“%1”。</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Order %1: %2 → %3.</source>
        <translation>订单 %1：%2 → %3。</translation>
    </message>
    <message>
        <source>Order %1: %2 → %3; queued for delivery (%4).</source>
        <translation>订单 %1：%2 → %3；已加入投递队列（%4）。</translation>
    </message>
    <message>
        <source>Write fields as FIELD=VALUE, got &apos;%1&apos;.</source>
        <translation>字段应写成“字段=值”的形式，实际为“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n field(s) set.</source>
        <translation>
            <numerusform>订单 %1：已设置 %n 个字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 refreshed from the ERP: %2, version %3.</source>
        <translation>已从 ERP 刷新订单 %1：%2，版本 %3。</translation>
    </message>
    <message>
        <source>--from must be crm or erp, got &apos;%1&apos;.</source>
        <translation>--from 必须为 crm 或 erp，实际为“%1”。</translation>
    </message>
    <message>
        <source>Imported from the %1: %2 new, %3 updated.</source>
        <translation>已从 %1 导入：新增 %2 个，更新 %3 个。</translation>
    </message>
    <message>
        <source>--state must be pending, delivered, failed or discarded.</source>
        <translation>--state 必须为 pending、delivered、failed 或 discarded。</translation>
    </message>
    <message>
        <source>Outbox entry %1 (order %2, %3) failed: %4</source>
        <translation>发件箱条目 %1（订单 %2，%3）失败：%4</translation>
    </message>
    <message>
        <source>Outbox: %1 delivered, %2 failed.</source>
        <translation>发件箱：已投递 %1 个，失败 %2 个。</translation>
    </message>
    <message>
        <source>Outbox entry %1 will be delivered again (&apos;order outbox deliver&apos;).</source>
        <translation>发件箱条目 %1 将被重新投递（“order outbox deliver”）。</translation>
    </message>
    <message>
        <source>Outbox entry %1 discarded.</source>
        <translation>已丢弃发件箱条目 %1。</translation>
    </message>
    <message>
        <source>Lifecycle written to %1.</source>
        <translation>生命周期已写入 %1。</translation>
    </message>
    <message>
        <source>Lifecycle &quot;%1&quot; imported: %2 states, %3 transitions.</source>
        <translation>已导入生命周期“%1”：%2 个状态，%3 个状态转换。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The lifecycle &quot;%1&quot; is not valid.</source>
        <translation>生命周期“%1”无效。</translation>
    </message>
    <message numerus="yes">
        <source>The lifecycle &quot;%1&quot; is valid (%n warning(s)).</source>
        <translation>
            <numerusform>生命周期“%1”有效（%n 个警告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the workspace&apos;s orders.</source>
        <translation>列出工作区中的订单。</translation>
    </message>
    <message>
        <source>Only orders in this state.</source>
        <translation>仅显示处于此状态的订单。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only orders whose id, number or name contains this.</source>
        <translation>仅显示 ID、编号或名称包含此文本的订单。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>At most this many orders.</source>
        <translation>订单数量上限。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Load orders from the CRM&apos;s deals or the ERP&apos;s orders into the workspace.</source>
        <translation>将 CRM 中的商机或 ERP 中的订单载入工作区。</translation>
    </message>
    <message>
        <source>crm or erp.</source>
        <translation>crm 或 erp。</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Show an order with its timeline and the transitions it can take.</source>
        <translation>显示订单及其时间线和可执行的状态转换。</translation>
    </message>
    <message>
        <source>The order.</source>
        <translation>订单。</translation>
    </message>
    <message>
        <source>Step orders through a transition of the lifecycle.</source>
        <translation>让订单执行生命周期中的某个状态转换。</translation>
    </message>
    <message>
        <source>sync, async or event (default: the transition&apos;s).</source>
        <translation>sync、async 或 event（默认使用该状态转换自身的设置）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Confirm writes to a production environment.</source>
        <translation>确认向生产环境写入。</translation>
    </message>
    <message>
        <source>ID[,ID…]</source>
        <translation>ID[,ID…]</translation>
    </message>
    <message>
        <source>The order(s).</source>
        <translation>一个或多个订单。</translation>
    </message>
    <message>
        <source>TRANSITION</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>process, ship, close, …</source>
        <translation>process、ship、close 等。</translation>
    </message>
    <message>
        <source>Set fields of an order&apos;s data (VALUE is JSON, or text).</source>
        <translation>设置订单数据中的字段（值为 JSON 或文本）。</translation>
    </message>
    <message>
        <source>FIELD=VALUE…</source>
        <translation>字段=值…</translation>
    </message>
    <message>
        <source>The fields.</source>
        <translation>字段。</translation>
    </message>
    <message>
        <source>Read an order again from the ERP (status, version, ETag).</source>
        <translation>从 ERP 重新读取订单（状态、版本、ETag）。</translation>
    </message>
    <message>
        <source>List the outbox (queued steps and events).</source>
        <translation>列出发件箱（排队中的步骤和事件）。</translation>
    </message>
    <message>
        <source>pending, delivered, failed or discarded.</source>
        <translation>pending、delivered、failed 或 discarded。</translation>
    </message>
    <message>
        <source>Deliver every pending outbox entry, with retries, and wait until each is delivered or failed.</source>
        <translation>投递发件箱中所有待处理的条目（失败时重试），并等待每个条目投递成功或最终失败。</translation>
    </message>
    <message>
        <source>Attempts per entry before it fails (default 8).</source>
        <translation>每个条目在判定失败前的尝试次数（默认 8）。</translation>
    </message>
    <message>
        <source>First retry delay in ms, doubling (default 1000).</source>
        <translation>首次重试的延迟（毫秒），之后逐次翻倍（默认 1000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Put a failed outbox entry back in the queue.</source>
        <translation>将失败的发件箱条目重新放回队列。</translation>
    </message>
    <message>
        <source>The outbox entry.</source>
        <translation>发件箱条目。</translation>
    </message>
    <message>
        <source>Give up on an outbox entry (it is never delivered).</source>
        <translation>放弃某个发件箱条目（该条目将不再投递）。</translation>
    </message>
    <message>
        <source>Write the workspace&apos;s lifecycle as a file.</source>
        <translation>将工作区的生命周期导出为文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The lifecycle file (JSON).</source>
        <translation>生命周期文件（JSON）。</translation>
    </message>
    <message>
        <source>Validate a lifecycle file and make it the workspace&apos;s lifecycle.</source>
        <translation>校验生命周期文件，并将其设为工作区的生命周期。</translation>
    </message>
    <message>
        <source>Check a lifecycle file (or the workspace&apos;s lifecycle).</source>
        <translation>检查生命周期文件（或工作区的生命周期）。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>The lifecycle file; the workspace&apos;s when not given.</source>
        <translation>生命周期文件；未指定时检查工作区的生命周期。</translation>
    </message>
</context>
<context>
    <name>OrderEventText</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>SOAP operation: %1</source>
        <translation>SOAP 操作：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>无应答。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>OrderFormulas</name>
    <message>
        <source>the guard does not compile at %1</source>
        <translation>守卫条件在 %1 处无法编译</translation>
    </message>
    <message>
        <source>the order&apos;s data is not an object</source>
        <translation>订单数据不是对象</translation>
    </message>
    <message>
        <source>the guard %1 failed: %2</source>
        <translation>守卫条件 %1 执行失败：%2</translation>
    </message>
    <message>
        <source>the guard %1 is false for this order</source>
        <translation>此订单不满足守卫条件 %1</translation>
    </message>
    <message>
        <source>The body field %1 does not compile: %2</source>
        <translation>正文字段 %1 无法编译：%2</translation>
    </message>
    <message>
        <source>Fix the lifecycle&apos;s action template.</source>
        <translation>请修正生命周期中的动作模板。</translation>
    </message>
    <message>
        <source>The body field %1 could not be computed: %2</source>
        <translation>无法计算正文字段 %1：%2</translation>
    </message>
    <message>
        <source>Check the order&apos;s data, or the action template.</source>
        <translation>请检查订单数据或动作模板。</translation>
    </message>
    <message>
        <source>The order&apos;s data is not an object</source>
        <translation>订单数据不是对象</translation>
    </message>
    <message>
        <source>The order has no %1 for the path %2</source>
        <translation>订单没有路径 %2 所需的 %1</translation>
    </message>
    <message>
        <source>Fill the field first (for the ERP id: run the transition that creates the order in the ERP, or import the order from the ERP).</source>
        <translation>请先填写该字段（如果是 ERP ID：请执行在 ERP 中创建订单的状态转换，或从 ERP 导入该订单）。</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Could not read the orders</source>
        <translation>无法读取订单</translation>
    </message>
    <message>
        <source>Could not read order %1</source>
        <translation>无法读取订单 %1</translation>
    </message>
    <message>
        <source>There is no order %1</source>
        <translation>订单 %1 不存在</translation>
    </message>
    <message>
        <source>List the orders with &apos;crmbridge-cli order list&apos;, or import them with &apos;order import&apos;.</source>
        <translation>请用“crmbridge-cli order list”列出订单，或用“order import”导入订单。</translation>
    </message>
    <message>
        <source>Could not save the order</source>
        <translation>无法保存订单</translation>
    </message>
    <message>
        <source>Could not save order %1</source>
        <translation>无法保存订单 %1</translation>
    </message>
    <message>
        <source>Could not count the orders</source>
        <translation>无法统计订单数量</translation>
    </message>
    <message>
        <source>Could not write the timeline of order %1</source>
        <translation>无法写入订单 %1 的时间线</translation>
    </message>
    <message>
        <source>Could not read the timeline of order %1</source>
        <translation>无法读取订单 %1 的时间线</translation>
    </message>
    <message>
        <source>Could not queue the delivery</source>
        <translation>无法将投递加入队列</translation>
    </message>
    <message>
        <source>Could not read the outbox</source>
        <translation>无法读取发件箱</translation>
    </message>
    <message>
        <source>There is no outbox entry %1</source>
        <translation>发件箱条目 %1 不存在</translation>
    </message>
    <message>
        <source>List the outbox with &apos;crmbridge-cli order outbox list&apos;.</source>
        <translation>请用“crmbridge-cli order outbox list”列出发件箱。</translation>
    </message>
    <message>
        <source>Could not update outbox entry %1</source>
        <translation>无法更新发件箱条目 %1</translation>
    </message>
    <message>
        <source>Outbox entry %1 is %2 and cannot be retried</source>
        <translation>发件箱条目 %1 的状态为 %2，无法重试</translation>
    </message>
    <message>
        <source>Only pending or failed entries can be retried.</source>
        <translation>只有待处理或失败的条目才能重试。</translation>
    </message>
    <message>
        <source>Outbox entry %1 is already delivered</source>
        <translation>发件箱条目 %1 已投递</translation>
    </message>
    <message>
        <source>Only pending or failed entries can be discarded.</source>
        <translation>只有待处理或失败的条目才能丢弃。</translation>
    </message>
    <message>
        <source>Could not read the webhook subscribers</source>
        <translation>无法读取 Webhook 订阅者</translation>
    </message>
    <message>
        <source>There is no webhook subscriber %1</source>
        <translation>Webhook 订阅者 %1 不存在</translation>
    </message>
    <message>
        <source>Could not save the webhook subscriber &quot;%1&quot;</source>
        <translation>无法保存 Webhook 订阅者“%1”</translation>
    </message>
    <message>
        <source>Could not remove the webhook subscriber &quot;%1&quot;</source>
        <translation>无法删除 Webhook 订阅者“%1”</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>The formula is empty.</source>
        <translation>公式为空。</translation>
    </message>
    <message>
        <source>Write a field name, a value in quotes, or a function.</source>
        <translation>请输入字段名、带引号的值或函数。</translation>
    </message>
    <message>
        <source>This &apos;)&apos; has no matching &apos;(&apos;.</source>
        <translation>这个“)”没有匹配的“(”。</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the formula.</source>
        <translation>公式结束后有多余的文本。</translation>
    </message>
    <message>
        <source>Join the parts with an operator such as &amp; or +, or remove the extra text.</source>
        <translation>请用 &amp; 或 + 等运算符连接各部分，或删除多余的文本。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number this engine can hold exactly.</source>
        <translation>“%1”超出了本引擎能精确表示的数字范围。</translation>
    </message>
    <message>
        <source>Numbers have at most 18 significant digits.</source>
        <translation>数字最多只能有 18 位有效数字。</translation>
    </message>
    <message>
        <source>This &apos;(&apos; is never closed.</source>
        <translation>这个“(”没有闭合。</translation>
    </message>
    <message>
        <source>Add a &apos;)&apos; where the group ends.</source>
        <translation>请在分组结束处加上“)”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value on each side.</source>
        <translation>“%1”两边都需要有值。</translation>
    </message>
    <message>
        <source>The formula ends too early.</source>
        <translation>公式提前结束了。</translation>
    </message>
    <message>
        <source>Complete the expression.</source>
        <translation>请补全表达式。</translation>
    </message>
    <message>
        <source>A value is missing before &apos;)&apos;.</source>
        <translation>“)”之前缺少值。</translation>
    </message>
    <message>
        <source>A value is missing before &apos;,&apos;.</source>
        <translation>“,”之前缺少值。</translation>
    </message>
    <message>
        <source>A value is expected here.</source>
        <translation>此处应为一个值。</translation>
    </message>
    <message>
        <source>A field name is expected after &apos;.&apos;.</source>
        <translation>“.”之后应为字段名。</translation>
    </message>
    <message>
        <source>Put names with spaces or symbols in backticks: `first name`.</source>
        <translation>含空格或符号的名称要用反引号括起来：`first name`。</translation>
    </message>
    <message>
        <source>This index is too large.</source>
        <translation>该索引过大。</translation>
    </message>
    <message>
        <source>Inside [ ] put an index such as 0 or * for every element.</source>
        <translation>请在 [ ] 中填写索引，例如 0，或用 * 表示所有元素。</translation>
    </message>
    <message>
        <source>&apos;]&apos; expected.</source>
        <translation>此处应为“]”。</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; expected in the arguments of %1.</source>
        <translation>%1 的参数中此处应为“,”或“)”。</translation>
    </message>
    <message>
        <source>Separate arguments with commas and close the call with &apos;)&apos;.</source>
        <translation>请用半角逗号“,”分隔参数，并用“)”结束调用。</translation>
    </message>
</context>
<context>
    <name>PostmanImporter</name>
    <message>
        <source>OAuth 2.0 with a browser sign-in became a Bearer token: paste an access token.</source>
        <translation>需要浏览器登录的 OAuth 2.0 已改为 Bearer 令牌：请粘贴访问令牌。</translation>
    </message>
    <message>
        <source>The auth type &quot;%1&quot; is not supported; set the endpoint&apos;s auth by hand.</source>
        <translation>不支持认证类型“%1”；请手动设置端点的认证方式。</translation>
    </message>
    <message>
        <source>The request &quot;%1&quot; carried a secret in its %2 header; it was left out — set the endpoint&apos;s auth instead.</source>
        <translation>请求“%1”的 %2 请求头中带有机密，已将其略去——请改为设置端点的认证方式。</translation>
    </message>
    <message>
        <source>The request &quot;%1&quot; has a %2 body, which is not imported.</source>
        <translation>请求“%1”带有 %2 正文，该正文不会被导入。</translation>
    </message>
    <message>
        <source>This is not a Postman Collection v2.0/v2.1</source>
        <translation>这不是 Postman Collection v2.0/v2.1 文件</translation>
    </message>
    <message>
        <source>In Postman, export the collection as &quot;Collection v2.1&quot; and import that file.</source>
        <translation>请在 Postman 中将集合导出为“Collection v2.1”，然后导入该文件。</translation>
    </message>
    <message>
        <source>Imported collection</source>
        <translation>导入的集合</translation>
    </message>
    <message>
        <source>The collection is not valid JSON: %1</source>
        <translation>该集合不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Export the collection again from Postman (Collection v2.1).</source>
        <translation>请从 Postman 重新导出该集合（Collection v2.1）。</translation>
    </message>
    <message>
        <source>Cannot read the Postman collection: %1</source>
        <translation>无法读取 Postman 集合：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请确认该文件存在且您有权读取。</translation>
    </message>
    <message>
        <source>Postman collections do not say how lists page; the pagination was guessed from the list requests&apos; parameters and example answers — check it.</source>
        <translation>Postman 集合不包含列表的分页方式；分页设置是根据列表请求的参数和示例响应推测的，请加以检查。</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>the result has more than 18 digits</source>
        <translation>结果超过 18 位数字</translation>
    </message>
</context>
<context>
    <name>RateLimitPresets</name>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>HubSpot (Free/Starter): 100 requests per 10 s</source>
        <translation>HubSpot（Free/Starter）：每 10 秒 100 个请求</translation>
    </message>
    <message>
        <source>HubSpot (Professional/Enterprise): 190 requests per 10 s</source>
        <translation>HubSpot（Professional/Enterprise）：每 10 秒 190 个请求</translation>
    </message>
    <message>
        <source>Zendesk Team: 200 requests per minute</source>
        <translation>Zendesk Team：每分钟 200 个请求</translation>
    </message>
    <message>
        <source>Zendesk Growth/Professional: 400 requests per minute</source>
        <translation>Zendesk Growth/Professional：每分钟 400 个请求</translation>
    </message>
    <message>
        <source>Zendesk Enterprise: 700 requests per minute</source>
        <translation>Zendesk Enterprise：每分钟 700 个请求</translation>
    </message>
    <message>
        <source>Zendesk High Volume add-on: 2,500 requests per minute</source>
        <translation>Zendesk High Volume 附加组件：每分钟 2,500 个请求</translation>
    </message>
    <message>
        <source>Mailchimp Marketing: 10 connections at once</source>
        <translation>Mailchimp Marketing：最多 10 个并发连接</translation>
    </message>
    <message>
        <source>Salesforce Enterprise: 100,000 requests per day, 25 long requests at once</source>
        <translation>Salesforce Enterprise：每天 100,000 个请求，最多 25 个并发长时请求</translation>
    </message>
    <message>
        <source>Dynamics 365 / Dataverse: 6,000 requests per 5 minutes, 52 at once</source>
        <translation>Dynamics 365 / Dataverse：每 5 分钟 6,000 个请求，最多 52 个并发</translation>
    </message>
    <message>
        <source>Klaviyo tier S: 3 per second, 60 per minute</source>
        <translation>Klaviyo S 级：每秒 3 个，每分钟 60 个</translation>
    </message>
    <message>
        <source>Klaviyo tier M: 10 per second, 150 per minute</source>
        <translation>Klaviyo M 级：每秒 10 个，每分钟 150 个</translation>
    </message>
    <message>
        <source>Klaviyo tier L: 75 per second, 700 per minute</source>
        <translation>Klaviyo L 级：每秒 75 个，每分钟 700 个</translation>
    </message>
    <message>
        <source>Intercom: 10,000 per minute per app, spread over 10 s windows</source>
        <translation>Intercom：每个应用每分钟 10,000 个，按 10 秒窗口分摊</translation>
    </message>
    <message>
        <source>Built-in sandbox: 100 requests per 10 s</source>
        <translation>内置沙箱：每 10 秒 100 个请求</translation>
    </message>
    <message>
        <source>No rate-limit preset named &quot;%1&quot;</source>
        <translation>没有名为“%1”的速率限制预设</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>%1, record %2, line %3:%4</source>
        <translation>%1，第 %2 条记录，行 %3:%4</translation>
    </message>
    <message>
        <source>%1, line %2:%3</source>
        <translation>%1，行 %2:%3</translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>--format must be jsonl, csv or json, got &apos;%1&apos;</source>
        <translation>--format 必须是 jsonl、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli fetch --help&apos;.</source>
        <translation>请参阅 &apos;crmbridge-cli fetch --help&apos;。</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请确认该文件夹存在且可写。</translation>
    </message>
    <message numerus="yes">
        <source>Writing the output failed after %n record(s): %1</source>
        <translation>
            <numerusform>写入 %n 条记录后，写入输出失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some disk space and fetch again.</source>
        <translation>请释放一些磁盘空间，然后重新获取。</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the file is writable.</source>
        <translation>请确认磁盘未满且该文件可写。</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>Could not record the run</source>
        <translation>无法记录此次运行</translation>
    </message>
    <message>
        <source>Could not update run %1</source>
        <translation>无法更新运行 %1</translation>
    </message>
    <message>
        <source>Could not read run %1</source>
        <translation>无法读取运行 %1</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>运行 %1 不存在</translation>
    </message>
    <message>
        <source>&apos;crmbridge-cli runs list&apos; shows the runs of this workspace.</source>
        <translation>“crmbridge-cli runs list”可列出此工作区的运行记录。</translation>
    </message>
    <message>
        <source>Could not read the runs</source>
        <translation>无法读取运行记录</translation>
    </message>
    <message>
        <source>Could not store the plan of run %1</source>
        <translation>无法保存运行 %1 的计划</translation>
    </message>
    <message>
        <source>Could not read the plan of run %1</source>
        <translation>无法读取运行 %1 的计划</translation>
    </message>
    <message>
        <source>Could not write the journal of run %1</source>
        <translation>无法写入运行 %1 的日志</translation>
    </message>
    <message>
        <source>Could not read the journal of run %1</source>
        <translation>无法读取运行 %1 的日志</translation>
    </message>
    <message>
        <source>%1 of %2 records are in its stored plan</source>
        <translation>其存储的计划中只有 %2 条记录中的 %1 条</translation>
    </message>
</context>
<context>
    <name>SampleSource</name>
    <message>
        <source>The sample file&apos;s format is not known from its name</source>
        <translation>无法根据文件名判断样本文件的格式</translation>
    </message>
    <message>
        <source>Use a .csv, .jsonl, .json or .xml file.</source>
        <translation>请使用 .csv、.jsonl、.json 或 .xml 文件。</translation>
    </message>
    <message>
        <source>Could not open the sample file: %1</source>
        <translation>无法打开样本文件：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and can be read.</source>
        <translation>请检查该文件是否存在且可读。</translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，实际为“%4”。</translation>
    </message>
    <message>
        <source>CRM Bridge sandbox (seed %1, scale %2, rate limits %3):</source>
        <translation>CRM Bridge 沙箱（种子 %1，规模 %2，速率限制 %3）：</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Bearer token %1</source>
        <translation>Bearer 令牌 %1</translation>
    </message>
    <message>
        <source>Basic user &quot;%1&quot;, password &quot;%2&quot;</source>
        <translation>Basic 认证用户“%1”，密码“%2”</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>无认证</translation>
    </message>
    <message>
        <source>Admin API: GET &lt;url&gt;/_sandbox, /_sandbox/discrepancies, /_sandbox/requests; POST /_sandbox/reset; PUT /_sandbox/faults.</source>
        <translation>管理 API：GET &lt;url&gt;/_sandbox、/_sandbox/discrepancies、/_sandbox/requests；POST /_sandbox/reset；PUT /_sandbox/faults。</translation>
    </message>
    <message>
        <source>Serving until Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation>正在提供服务，按 Ctrl+C（SIGINT）或发送 SIGTERM 即可停止。</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>沙箱已停止。</translation>
    </message>
    <message>
        <source>Serve the Demo CRM, ERP, Helpdesk and Marketing systems on loopback until stopped.</source>
        <translation>在本机回环地址上运行演示 CRM、ERP、客服系统和营销系统，直到被停止。</translation>
    </message>
    <message>
        <source>First port: CRM on N, ERP N+1, Helpdesk N+2, Marketing N+3, webhooks N+4 (default %1; 0 picks free ports).</source>
        <translation>起始端口：CRM 使用 N，ERP 使用 N+1，客服系统 N+2，营销系统 N+3，Webhook N+4（默认 %1；为 0 时自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generated data and of the faults (default 42).</source>
        <translation>生成数据和故障所用的随机种子（默认 42）。</translation>
    </message>
    <message>
        <source>Multiply the record counts (default 1: ~500 customers).</source>
        <translation>记录数量的倍数（默认 1：约 500 个客户）。</translation>
    </message>
    <message>
        <source>Inject a fault, e.g. crm:errors=0.1, erp:latency=200, helpdesk:throttle=5% (repeatable; kinds: %1).</source>
        <translation>注入故障，例如 crm:errors=0.1、erp:latency=200、helpdesk:throttle=5%（可重复；故障类型：%1）。</translation>
    </message>
    <message>
        <source>SYSTEM:KIND=VALUE</source>
        <translation>系统:类型=值</translation>
    </message>
    <message>
        <source>Switch off the vendor-like rate limits (for benchmarks).</source>
        <translation>关闭模拟厂商的速率限制（用于基准测试）。</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>The fault &apos;%1&apos; cannot be set to &apos;%2&apos;.</source>
        <translation>故障“%1”不能设为“%2”。</translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation>请提供%1。</translation>
    </message>
    <message>
        <source>a rate between 0 and 1 (or a percentage such as 10%)</source>
        <translation>介于 0 和 1 之间的比率（或百分比，如 10%）</translation>
    </message>
    <message>
        <source>a whole number of milliseconds, 0 or more</source>
        <translation>不小于 0 的整数毫秒数</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>不小于 0 的整数</translation>
    </message>
    <message>
        <source>Unknown fault kind &apos;%1&apos;.</source>
        <translation>未知的故障类型“%1”。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>--fault needs SYSTEM:KIND=VALUE, got &apos;%1&apos;.</source>
        <translation>--fault 的格式应为 系统:类型=值，实际为“%1”。</translation>
    </message>
    <message>
        <source>For example --fault crm:errors=0.1 or --fault erp:latency=200.</source>
        <translation>例如 --fault crm:errors=0.1 或 --fault erp:latency=200。</translation>
    </message>
    <message>
        <source>Unknown sandbox system &apos;%1&apos; in --fault.</source>
        <translation>--fault 中的沙箱系统“%1”未知。</translation>
    </message>
    <message>
        <source>Use crm, erp, helpdesk, marketing or webhooks.</source>
        <translation>请使用 crm、erp、helpdesk、marketing 或 webhooks。</translation>
    </message>
    <message>
        <source>a comma-separated list of: %1</source>
        <translation>以逗号分隔的列表，可选：%1</translation>
    </message>
</context>
<context>
    <name>SandboxHttpServer</name>
    <message>
        <source>The sandbox cannot listen on port %1: %2</source>
        <translation>沙箱无法在端口 %1 上监听：%2</translation>
    </message>
    <message>
        <source>Stop the program using that port, or choose other ports with --base-port (0 picks free ports).</source>
        <translation>请停止占用该端口的程序，或用 --base-port 选择其他端口（0 表示自动选择空闲端口）。</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>New field %1 (%2)</source>
        <translation>新字段 %1（%2）</translation>
    </message>
    <message>
        <source>Field %1 vanished (it was in %2% of the samples before)</source>
        <translation>字段 %1 已消失（此前出现在 %2% 的样本中）</translation>
    </message>
    <message>
        <source>Field %1 vanished</source>
        <translation>字段 %1 已消失</translation>
    </message>
    <message>
        <source>Field %1 changed from %2 to %3</source>
        <translation>字段 %1 已从 %2 变为 %3</translation>
    </message>
</context>
<context>
    <name>SoapMessage</name>
    <message>
        <source>Fault code %1 (HTTP %2): check the endpoint&apos;s credentials and their permissions.</source>
        <translation>故障代码 %1（HTTP %2）：请检查端点的凭据及其权限。</translation>
    </message>
    <message>
        <source>Fault code %1 (%2): the service failed on its side; try again later, or ask its owner.</source>
        <translation>故障代码 %1（%2）：服务端出现故障；请稍后重试，或联系服务负责人。</translation>
    </message>
    <message>
        <source>Fault code %1 (%2): the service refused the request as sent; change it and try again. The Activity page shows the exchange.</source>
        <translation>故障代码 %1（%2）：服务拒绝了所发送的请求；请修改后重试。“活动记录”页面会显示此次请求与响应。</translation>
    </message>
    <message>
        <source>%1 answered %2 with a SOAP fault: %3</source>
        <translation>%1 对操作 %2 返回了 SOAP 故障：%3</translation>
    </message>
    <message>
        <source>(no fault string)</source>
        <translation>（无故障描述）</translation>
    </message>
    <message>
        <source>SOAP operation %1</source>
        <translation>SOAP 操作 %1</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has no SOAP operations</source>
        <translation>端点“%1”没有 SOAP 操作</translation>
    </message>
    <message>
        <source>Import the service&apos;s WSDL (endpoint import-wsdl) so its operations are known.</source>
        <translation>请导入该服务的 WSDL（endpoint import-wsdl），以获取其操作列表。</translation>
    </message>
    <message>
        <source>The SOAP service of endpoint &quot;%1&quot; has no operation &quot;%2&quot;</source>
        <translation>端点“%1”的 SOAP 服务没有操作“%2”</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>The response is XML but not a SOAP envelope</source>
        <translation>响应是 XML，但不是 SOAP 信封</translation>
    </message>
    <message>
        <source>Check that the endpoint&apos;s base URL is the service address from the WSDL.</source>
        <translation>请确认端点的基础 URL 是 WSDL 中的服务地址。</translation>
    </message>
    <message>
        <source>The SOAP envelope has no Body</source>
        <translation>SOAP 信封中没有 Body</translation>
    </message>
    <message>
        <source>The service answered something unusual; the Activity page shows the body.</source>
        <translation>服务返回了异常内容；“活动记录”页面会显示响应正文。</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>No sync profiles. Add one with &apos;crmbridge-cli sync-profile add&apos;.</source>
        <translation>没有同步配置。请用“crmbridge-cli sync-profile add”添加。</translation>
    </message>
    <message>
        <source>%1
    %2 → %3 / %4 via &quot;%5&quot;, %6, match %7 ← %8</source>
        <translation>%1
    %2 → %3 / %4，映射“%5”，%6，匹配 %7 ← %8</translation>
    </message>
    <message>
        <source>Cannot read the profile file: %1</source>
        <translation>无法读取同步配置文件：%1</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, got &apos;%2&apos;.</source>
        <translation>--%1 需要一个整数，实际为“%2”。</translation>
    </message>
    <message>
        <source>Saved the sync profile &quot;%1&quot;.</source>
        <translation>已保存同步配置“%1”。</translation>
    </message>
    <message>
        <source>Removed the sync profile &quot;%1&quot;.</source>
        <translation>已删除同步配置“%1”。</translation>
    </message>
    <message>
        <source>%1 %2 (%3 done, %4 failed)</source>
        <translation>%1 %2（完成 %3，失败 %4）</translation>
    </message>
    <message>
        <source>filtered %1</source>
        <translation>已筛除 %1</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>--resume needs a run number, got &apos;%1&apos;.</source>
        <translation>--resume 需要一个运行编号，实际为“%1”。</translation>
    </message>
    <message>
        <source>--retry-failed needs a run number, got &apos;%1&apos;.</source>
        <translation>--retry-failed 需要一个运行编号，实际为“%1”。</translation>
    </message>
    <message>
        <source>--resume and --retry-failed cannot be combined.</source>
        <translation>--resume 和 --retry-failed 不能同时使用。</translation>
    </message>
    <message>
        <source>--dry-run plans a profile; it cannot be combined with --resume or --retry-failed.</source>
        <translation>--dry-run 用于对同步配置进行试运行，不能与 --resume 或 --retry-failed 同时使用。</translation>
    </message>
    <message>
        <source>Name a sync profile (or give --resume RUN or --retry-failed RUN).</source>
        <translation>请指定同步配置（或使用 --resume RUN 或 --retry-failed RUN）。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，实际为“%4”。</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>预计剩余时间 %1 秒</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>预计剩余时间 –</translation>
    </message>
    <message>
        <source>%1% %2/%3 written, %4 done, %5 failed, %6 records/s, %7%8</source>
        <translation>%1% 已写入 %2/%3，完成 %4，失败 %5，%6 条记录/秒，%7%8</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>reading the source: %1 records</source>
        <translation>正在读取源：%1 条记录</translation>
    </message>
    <message>
        <source>reading the target: %1 records</source>
        <translation>正在读取目标：%1 条记录</translation>
    </message>
    <message>
        <source>Plan %1 for &quot;%2&quot; (nothing written): %3.</source>
        <translation>“%2”的试运行计划 %1（未写入任何数据）：%3。</translation>
    </message>
    <message>
        <source>The plan is in %1.</source>
        <translation>试运行计划已写入 %1。</translation>
    </message>
    <message>
        <source>Run %1 of &quot;%2&quot; %3 in %4 s: %5; %6 records/s.</source>
        <translation>“%2”的运行 %1：%3，用时 %4 秒；%5；%6 条记录/秒。</translation>
    </message>
    <message>
        <source>Resume it with: crmbridge-cli sync --resume %1</source>
        <translation>可用以下命令继续：crmbridge-cli sync --resume %1</translation>
    </message>
    <message>
        <source>Retry the failed records with: crmbridge-cli sync --retry-failed %1</source>
        <translation>可用以下命令重试失败的记录：crmbridge-cli sync --retry-failed %1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>尚无运行记录。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>RUN must be a run number, got &apos;%1&apos;.</source>
        <translation>RUN 必须是运行编号，实际为“%1”。</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Plan (--dry-run) or run a sync profile; resume or retry a run.</source>
        <translation>试运行（--dry-run）或运行同步配置；继续或重试某次运行。</translation>
    </message>
    <message>
        <source>Plan only: say per record what would happen; write nothing.</source>
        <translation>仅试运行：逐条记录说明将会发生什么，不写入任何数据。</translation>
    </message>
    <message>
        <source>Write the plan as CSV (one line per changed field or reason).</source>
        <translation>将试运行计划写为 CSV（每个变更字段或原因一行）。</translation>
    </message>
    <message>
        <source>Confirm writes to a production environment and mirror&apos;s archiving.</source>
        <translation>确认向生产环境写入，以及镜像模式下的归档。</translation>
    </message>
    <message>
        <source>Finish an interrupted run.</source>
        <translation>继续完成被中断的运行。</translation>
    </message>
    <message>
        <source>Re-run only the records that failed in RUN, as a new run.</source>
        <translation>仅重新处理 RUN 中失败的记录，作为一次新的运行。</translation>
    </message>
    <message>
        <source>Write source_key,target_id,action per written record.</source>
        <translation>为每条已写入的记录写出 source_key,target_id,action。</translation>
    </message>
    <message>
        <source>Write every failed, invalid or conflicting record with its reason.</source>
        <translation>写出每条失败、无效或冲突的记录及其原因。</translation>
    </message>
    <message>
        <source>Requests in flight (the profile&apos;s otherwise).</source>
        <translation>进行中的请求数（未指定时使用同步配置中的值）。</translation>
    </message>
    <message>
        <source>Records per batch request, 0 for one request each (the profile&apos;s otherwise).</source>
        <translation>每个批量请求包含的记录数，0 表示每条记录单独发送一个请求（未指定时使用同步配置中的值）。</translation>
    </message>
    <message>
        <source>Use this rate-limit preset for this run (&apos;none&apos; for no budget).</source>
        <translation>本次运行使用此速率限制预设（“none”表示不限速）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Do not record each request in the Activity log (the journal still records every write).</source>
        <translation>不在活动记录中逐条记录请求（日志仍会记录每次写入）。</translation>
    </message>
    <message>
        <source>The sync profile (not needed with --resume or --retry-failed).</source>
        <translation>同步配置（使用 --resume 或 --retry-failed 时无需指定）。</translation>
    </message>
    <message>
        <source>List the sync profiles.</source>
        <translation>列出同步配置。</translation>
    </message>
    <message>
        <source>Show a sync profile as JSON.</source>
        <translation>以 JSON 格式显示同步配置。</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>同步配置。</translation>
    </message>
    <message>
        <source>Add a sync profile from a JSON file and/or options.</source>
        <translation>根据 JSON 文件和/或选项添加同步配置。</translation>
    </message>
    <message>
        <source>Start from this profile JSON (docs/sync.md).</source>
        <translation>以此同步配置 JSON 为基础（参见 docs/sync.md）。</translation>
    </message>
    <message>
        <source>Source endpoint.</source>
        <translation>源端点。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source entity.</source>
        <translation>源实体。</translation>
    </message>
    <message>
        <source>Source file (CSV, JSON Lines, JSON) instead of an endpoint.</source>
        <translation>用作源的文件（CSV、JSON Lines、JSON），代替端点。</translation>
    </message>
    <message>
        <source>The mapping (by name).</source>
        <translation>映射（按名称）。</translation>
    </message>
    <message>
        <source>Target endpoint.</source>
        <translation>目标端点。</translation>
    </message>
    <message>
        <source>Target entity.</source>
        <translation>目标实体。</translation>
    </message>
    <message>
        <source>insert, update, upsert or mirror.</source>
        <translation>insert、update、upsert 或 mirror。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Target field of the match key.</source>
        <translation>匹配键的目标字段。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Source formula of the match key.</source>
        <translation>匹配键的源公式。</translation>
    </message>
    <message>
        <source>FORMULA</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Formula normalising the target side of the match key.</source>
        <translation>用于规范化匹配键目标端取值的公式。</translation>
    </message>
    <message>
        <source>Only source records where this formula is true.</source>
        <translation>仅处理使此公式为真的源记录。</translation>
    </message>
    <message>
        <source>Incremental cursor: the source field of the last change.</source>
        <translation>增量游标：记录最后修改时间的源字段。</translation>
    </message>
    <message>
        <source>Records per batch request (0–100).</source>
        <translation>每个批量请求的记录数（0–100）。</translation>
    </message>
    <message>
        <source>Requests in flight (1–64).</source>
        <translation>进行中的请求数（1–64）。</translation>
    </message>
    <message>
        <source>source-wins, target-wins, newer-wins or ask.</source>
        <translation>source-wins、target-wins、newer-wins 或 ask。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>描述。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Replace a profile of the same name.</source>
        <translation>替换同名的同步配置。</translation>
    </message>
    <message>
        <source>The profile&apos;s name (or the name in the JSON file).</source>
        <translation>同步配置的名称（或 JSON 文件中的名称）。</translation>
    </message>
    <message>
        <source>Remove a sync profile.</source>
        <translation>删除同步配置。</translation>
    </message>
    <message>
        <source>The run history: plans and syncs, newest first.</source>
        <translation>运行历史：试运行与同步，最新的在前。</translation>
    </message>
    <message>
        <source>Only runs of this profile.</source>
        <translation>仅显示此同步配置的运行。</translation>
    </message>
    <message>
        <source>At most this many runs (50).</source>
        <translation>最多显示的运行数（默认 50）。</translation>
    </message>
    <message>
        <source>One run: status, counts, files; --items adds every plan item with its journal state.</source>
        <translation>显示一次运行：状态、计数和文件；--items 还会列出每个计划项及其日志状态。</translation>
    </message>
    <message>
        <source>Include the plan items and their journal state.</source>
        <translation>包含计划项及其日志状态。</translation>
    </message>
    <message>
        <source>The run number.</source>
        <translation>运行编号。</translation>
    </message>
    <message>
        <source>Name the filled plan CSV with --from FILE.csv.</source>
        <translation>请用 --from FILE.csv 指定已填写的计划 CSV。</translation>
    </message>
    <message>
        <source>The sync profile &quot;%1&quot; resolves conflicts by %2, so it has nothing to decide</source>
        <translation>同步配置“%1”按 %2 解决冲突，因此没有需要判定的内容</translation>
    </message>
    <message>
        <source>Decisions apply to profiles whose conflict policy is ask.</source>
        <translation>判定只适用于冲突策略为“询问”（ask）的配置。</translation>
    </message>
    <message>
        <source>The sync profile &quot;%1&quot; has no plan yet</source>
        <translation>同步配置“%1”还没有计划</translation>
    </message>
    <message>
        <source>Plan first: crmbridge-cli sync &quot;%1&quot; --dry-run --plan-out plan.csv</source>
        <translation>请先生成计划：crmbridge-cli sync &quot;%1&quot; --dry-run --plan-out plan.csv</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n decision(s) for &quot;%1&quot; (plan of run %2): %3 take the source, %4 keep the target; %5 already decided the same way. The next plan or run applies them.</source>
        <translation>
            <numerusform>已为“%1”存储 %n 项判定（来自运行 %2 的计划）：%3 项以源为准，%4 项保留目标值；%5 项此前已作相同判定。下一次计划或运行将应用这些判定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n decision(s) of &quot;%1&quot;.</source>
        <translation>
            <numerusform>已删除“%1”的 %n 项判定。</numerusform>
        </translation>
    </message>
    <message>
        <source>No decisions for &quot;%1&quot;. Fill the decision column of a plan CSV and run &apos;crmbridge-cli sync-profile decide &quot;%1&quot; --from FILE.csv&apos;.</source>
        <translation>“%1”没有判定。请填写计划 CSV 的 decision 列，然后运行 &apos;crmbridge-cli sync-profile decide &quot;%1&quot; --from FILE.csv&apos;。</translation>
    </message>
    <message>
        <source>%1  %2: %3 (target &apos;%4&apos;, source &apos;%5&apos;) — %6, %7</source>
        <translation>%1  %2：%3（目标“%4”，源“%5”）— %6，%7</translation>
    </message>
    <message>
        <source>Store conflict decisions (policy ask) from a plan CSV whose decision column is filled with source or target.</source>
        <translation>从 decision 列已填写 source 或 target 的计划 CSV 中存储冲突判定（策略为询问）。</translation>
    </message>
    <message>
        <source>The plan CSV (sync --dry-run --plan-out) with decisions.</source>
        <translation>带判定的计划 CSV（sync --dry-run --plan-out）。</translation>
    </message>
    <message>
        <source>List a profile&apos;s conflict decisions; --clear removes them.</source>
        <translation>列出配置的冲突判定；--clear 删除它们。</translation>
    </message>
    <message>
        <source>Remove every decision of the profile.</source>
        <translation>删除该配置的全部判定。</translation>
    </message>
</context>
<context>
    <name>SyncCsvFile</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请确认该文件夹存在且可写。</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>写入文件失败：%1</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>请释放一些磁盘空间后重试。</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变更</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Some records failed</source>
        <translation>部分记录失败</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Upsert</source>
        <translation>插入或更新</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Source wins</source>
        <translation>以源为准</translation>
    </message>
    <message>
        <source>Target wins</source>
        <translation>以目标为准</translation>
    </message>
    <message>
        <source>Newer wins</source>
        <translation>以较新者为准</translation>
    </message>
    <message>
        <source>Ask (mark as conflict)</source>
        <translation>询问（标记为冲突）</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Reading the source</source>
        <translation>正在读取源</translation>
    </message>
    <message>
        <source>Reading the target</source>
        <translation>正在读取目标</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>正在生成计划</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>Verifying uncertain writes</source>
        <translation>正在核实结果不确定的写入</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Create (POST with an idempotency key)</source>
        <translation>创建（POST，带幂等键）</translation>
    </message>
    <message>
        <source>Update by key (PUT at the match key)</source>
        <translation>按键更新（在匹配键上执行 PUT）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>Unknown plan action &apos;%1&apos;</source>
        <translation>未知的计划动作“%1”</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>The %1 formula does not compile: %2</source>
        <translation>%1公式无法编译：%2</translation>
    </message>
    <message>
        <source>Fix the formula in the sync profile (docs/formulas.md).</source>
        <translation>请修正同步配置中的公式（参见 docs/formulas.md）。</translation>
    </message>
    <message>
        <source>match key</source>
        <translation>匹配键</translation>
    </message>
    <message>
        <source>target match key</source>
        <translation>目标匹配键</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>The match key formula failed: %1</source>
        <translation>匹配键公式执行失败：%1</translation>
    </message>
    <message>
        <source>The match key is blank, so the record cannot be matched</source>
        <translation>匹配键为空，无法匹配此记录</translation>
    </message>
    <message>
        <source>Another source record has the same match key &apos;%1&apos;; only the first is synced</source>
        <translation>另一条源记录具有相同的匹配键“%1”；只同步第一条</translation>
    </message>
    <message>
        <source>%1 target records share the match key &apos;%2&apos; (ids %3); merge them in the target first</source>
        <translation>有 %1 条目标记录使用相同的匹配键“%2”（ID：%3）；请先在目标系统中合并这些记录</translation>
    </message>
    <message>
        <source>No target record matches, and the mode is update</source>
        <translation>没有匹配的目标记录，而同步模式为“更新”</translation>
    </message>
    <message>
        <source>The target already has this record, and the mode is insert</source>
        <translation>目标中已存在此记录，而同步模式为“插入”</translation>
    </message>
    <message>
        <source>Cannot tell which side is newer: &apos;%1&apos; or &apos;%2&apos; is not a date and time</source>
        <translation>无法判断哪一方较新：“%1”或“%2”不是日期时间</translation>
    </message>
    <message>
        <source>The target changed later (%1) than the source (%2); it is kept</source>
        <translation>目标的修改时间（%1）晚于源（%2），因此保留目标记录</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ; decide which side wins</source>
        <translation>
            <numerusform>有 %n 个字段不同；请决定以哪一方为准</numerusform>
        </translation>
    </message>
    <message>
        <source>No source record has this match key (mirror)</source>
        <translation>没有源记录具有此匹配键（镜像）</translation>
    </message>
    <message>
        <source>Decided for the %1 when the target had &apos;%2&apos; and the source &apos;%3&apos;; now they are &apos;%4&apos; and &apos;%5&apos; — decide again</source>
        <translation>判定以%1为准时，目标值为“%2”、源值为“%3”；现在分别为“%4”和“%5”——请重新判定</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message numerus="yes">
        <source>Decided field by field: the target keeps all %n value(s)</source>
        <translation>
            <numerusform>已逐字段判定：目标保留全部 %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 differing fields decided; still to decide: %3</source>
        <translation>%2 个差异字段中已判定 %1 个；尚待判定：%3</translation>
    </message>
</context>
<context>
    <name>SyncProfileJson</name>
    <message>
        <source>Unknown sync mode &apos;%1&apos;</source>
        <translation>未知的同步模式“%1”</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>Unknown conflict policy &apos;%1&apos;</source>
        <translation>未知的冲突策略“%1”</translation>
    </message>
    <message>
        <source>The sync profile has a bad value at &apos;%1&apos;: %2</source>
        <translation>同步配置中“%1”处的值有误：%2</translation>
    </message>
    <message>
        <source>Fix the profile (see docs/sync.md) and try again.</source>
        <translation>请修正同步配置（参见 docs/sync.md）后重试。</translation>
    </message>
    <message>
        <source>The sync profile has format version %1; this build reads up to %2</source>
        <translation>同步配置的格式版本为 %1；此版本最高只支持 %2</translation>
    </message>
    <message>
        <source>Update CRM Bridge.</source>
        <translation>请更新 CRM Bridge。</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>此处应为文本</translation>
    </message>
    <message>
        <source>a list of [name, value] pairs is expected</source>
        <translation>此处应为由 [name, value] 对组成的列表</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>此处应为整数</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>请使用以下之一：%1</translation>
    </message>
    <message>
        <source>The sync profile is not a JSON object: %1 at byte %2</source>
        <translation>同步配置不是 JSON 对象：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他 JSON 值</translation>
    </message>
    <message>
        <source>Fix the file (see docs/sync.md) and try again.</source>
        <translation>请修正该文件（参见 docs/sync.md）后重试。</translation>
    </message>
    <message>
        <source>The sync profile &quot;%1&quot; has no %2</source>
        <translation>同步配置“%1”缺少%2</translation>
    </message>
    <message>
        <source>Set it with &apos;crmbridge-cli sync-profile add&apos; or in the Syncs page.</source>
        <translation>请用“crmbridge-cli sync-profile add”或在“同步”页面中设置。</translation>
    </message>
    <message>
        <source>A sync profile needs a name</source>
        <translation>同步配置需要名称</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为同步配置指定名称。</translation>
    </message>
    <message>
        <source>source (an endpoint and entity, or a file)</source>
        <translation>源（端点和实体，或文件）</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>target endpoint and entity</source>
        <translation>目标端点和实体</translation>
    </message>
    <message>
        <source>match key (a target field and a source formula)</source>
        <translation>匹配键（目标字段和源公式）</translation>
    </message>
    <message>
        <source>The batch size of &quot;%1&quot; is %2; it must be 0–100</source>
        <translation>“%1”的批量大小为 %2，必须在 0–100 之间</translation>
    </message>
    <message>
        <source>Batch endpoints take at most 100 records; use 0 for one request per record.</source>
        <translation>批量端点最多接受 100 条记录；设为 0 表示每条记录单独发送一个请求。</translation>
    </message>
    <message>
        <source>The concurrency of &quot;%1&quot; is %2; it must be 1–64</source>
        <translation>“%1”的并发数为 %2，必须在 1–64 之间</translation>
    </message>
    <message>
        <source>Use the number of requests the endpoint allows in flight (6 is a good start).</source>
        <translation>请设为端点允许同时进行的请求数（可以从 6 开始）。</translation>
    </message>
    <message>
        <source>source and target timestamp fields (newer-wins needs both)</source>
        <translation>源和目标的时间戳字段（“以较新者为准”需要两者）</translation>
    </message>
</context>
<context>
    <name>SyncProfileStore</name>
    <message>
        <source>Could not read the sync profiles</source>
        <translation>无法读取同步配置</translation>
    </message>
    <message>
        <source>sync profile &quot;%1&quot;</source>
        <translation>同步配置“%1”</translation>
    </message>
    <message>
        <source>Could not read the sync profile &quot;%1&quot;</source>
        <translation>无法读取同步配置“%1”</translation>
    </message>
    <message>
        <source>There is no sync profile named &quot;%1&quot;</source>
        <translation>没有名为“%1”的同步配置</translation>
    </message>
    <message>
        <source>Add one with &apos;crmbridge-cli sync-profile add&apos;.</source>
        <translation>请用“crmbridge-cli sync-profile add”添加。</translation>
    </message>
    <message>
        <source>Profiles: %1.</source>
        <translation>现有同步配置：%1。</translation>
    </message>
    <message>
        <source>There is no sync profile with id %1</source>
        <translation>没有 ID 为 %1 的同步配置</translation>
    </message>
    <message>
        <source>It may have been removed.</source>
        <translation>它可能已被删除。</translation>
    </message>
    <message>
        <source>Could not save the sync profile &quot;%1&quot;</source>
        <translation>无法保存同步配置“%1”</translation>
    </message>
    <message>
        <source>A sync profile named &quot;%1&quot; already exists</source>
        <translation>已存在名为“%1”的同步配置</translation>
    </message>
    <message>
        <source>Choose another name, or remove the old profile first.</source>
        <translation>请换一个名称，或先删除旧的同步配置。</translation>
    </message>
    <message>
        <source>Could not remove the sync profile &quot;%1&quot;</source>
        <translation>无法删除同步配置“%1”</translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <source>(no environment selected)</source>
        <translation>（未选择环境）</translation>
    </message>
    <message>
        <source>The variable {{%1}} is not defined in environment %2</source>
        <translation>环境 %2 中未定义变量 {{%1}}</translation>
    </message>
    <message>
        <source>Add %1 to the environment, or choose an environment that defines it.</source>
        <translation>请将 %1 添加到该环境，或选择一个定义了它的环境。</translation>
    </message>
    <message>
        <source>&quot;{{&quot; without a closing &quot;}}&quot;</source>
        <translation>“{{”没有对应的结束“}}”</translation>
    </message>
    <message>
        <source>Close the variable reference, e.g. {{tenant}}.</source>
        <translation>请补全变量引用的结束符，例如 {{tenant}}。</translation>
    </message>
</context>
<context>
    <name>ValueMap</name>
    <message>
        <source>Value map line has %1 columns; expected 2 (source,target).</source>
        <translation>值映射表的这一行有 %1 列；应为 2 列（源值,目标值）。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Quote values that contain commas: &quot;a, b&quot;.</source>
        <translation>包含逗号的值请加引号：&quot;a, b&quot;。</translation>
    </message>
    <message>
        <source>A quoted value is never closed.</source>
        <translation>带引号的值缺少结束引号。</translation>
    </message>
    <message>
        <source>Add the closing quote.</source>
        <translation>请补上结束引号。</translation>
    </message>
</context>
<context>
    <name>VendorTemplates</name>
    <message>
        <source>HubSpot CRM</source>
        <translation>HubSpot CRM</translation>
    </message>
    <message>
        <source>Contacts, companies, deals and products over the CRM v3 API. Needs a private-app access token.</source>
        <translation>通过 CRM v3 API 访问联系人、公司、交易和产品。需要私有应用的访问令牌。</translation>
    </message>
    <message>
        <source>Zendesk Support</source>
        <translation>Zendesk Support</translation>
    </message>
    <message>
        <source>Tickets, users and organizations. Needs your Zendesk subdomain, an agent&apos;s email address and an API token.</source>
        <translation>工单、用户和组织。需要您的 Zendesk 子域名、一位客服人员的电子邮件地址和 API 令牌。</translation>
    </message>
    <message>
        <source>Klaviyo</source>
        <translation>Klaviyo</translation>
    </message>
    <message>
        <source>Profiles and lists over the JSON:API endpoints. Needs a private API key, stored as &quot;Klaviyo-API-Key&quot; followed by the key.</source>
        <translation>通过 JSON:API 端点访问用户档案和列表。需要私有 API 密钥，存储格式为 &quot;Klaviyo-API-Key&quot; 后接密钥。</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Contacts and conversations. Needs an access token from the Developer Hub.</source>
        <translation>联系人和对话。需要从 Developer Hub 获取的访问令牌。</translation>
    </message>
    <message>
        <source>Mailchimp Marketing</source>
        <translation>Mailchimp Marketing</translation>
    </message>
    <message>
        <source>Audiences (lists) and their members. Needs the API key and its data centre (the part after the dash, e.g. us21).</source>
        <translation>受众（列表）及其成员。需要 API 密钥及其数据中心（密钥中短横线后面的部分，例如 us21）。</translation>
    </message>
    <message>
        <source>Salesforce REST</source>
        <translation>Salesforce REST</translation>
    </message>
    <message>
        <source>Accounts, contacts, leads and opportunities: lists through a SOQL query that follows nextRecordsUrl. Needs your My Domain name and a connected app&apos;s client id and secret (client-credentials flow).</source>
        <translation>客户、联系人、潜在客户和业务机会：通过 SOQL 查询获取列表，并沿 nextRecordsUrl 翻页。需要您的“我的域”名称，以及关联应用的客户端 ID 和客户端密钥（客户端凭据流程）。</translation>
    </message>
    <message>
        <source>Dynamics 365 / Dataverse Web API</source>
        <translation>Dynamics 365 / Dataverse Web API</translation>
    </message>
    <message>
        <source>Accounts, contacts, leads and opportunities over the OData Web API, paged with @odata.nextLink. Needs your organization name, the Microsoft Entra tenant id and an app registration&apos;s client id and secret.</source>
        <translation>通过 OData Web API 访问客户、联系人、潜在顾客和商机，使用 @odata.nextLink 分页。需要您的组织名称、Microsoft Entra 租户 ID，以及应用注册的客户端 ID 和客户端密钥。</translation>
    </message>
    <message>
        <source>No vendor template named &quot;%1&quot;</source>
        <translation>没有名为“%1”的厂商模板</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
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
    <message>
        <source>Exported %1 environment(s), %2 endpoint(s) with %3 entit(ies) and %4 mapping(s) to %5.</source>
        <translation>已将 %1 个环境、%2 个端点（含 %3 个实体）和 %4 个映射导出到 %5。</translation>
    </message>
    <message>
        <source>Imported %1 environment(s), %2 endpoint(s) with %3 entit(ies) and %4 mapping(s).</source>
        <translation>已导入 %1 个环境、%2 个端点（含 %3 个实体）和 %4 个映射。</translation>
    </message>
    <message>
        <source>Write the workspace as readable, diffable text files (one per object, no secrets).</source>
        <translation>将工作区写成可读、便于比较差异的文本文件（每个对象一个文件，不含机密）。</translation>
    </message>
    <message>
        <source>The folder to write (created when missing).</source>
        <translation>要写入的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Read a folder written by &apos;workspace export&apos; into the workspace (same names are replaced).</source>
        <translation>将“workspace export”写出的文件夹读入工作区（同名对象会被替换）。</translation>
    </message>
    <message>
        <source>The folder to read.</source>
        <translation>要读取的文件夹。</translation>
    </message>
</context>
<context>
    <name>WorkspaceExchange</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>请确认该文件夹可写且磁盘未满。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation>请检查其权限。</translation>
    </message>
    <message>
        <source>The file is not a JSON object (%1 at byte %2)</source>
        <translation>该文件不是 JSON 对象（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>Fix the file, or export the workspace again.</source>
        <translation>请修正该文件，或重新导出工作区。</translation>
    </message>
    <message>
        <source>There is no folder here</source>
        <translation>此处没有文件夹</translation>
    </message>
    <message>
        <source>Give the folder a &apos;workspace export&apos; wrote.</source>
        <translation>请指定由“workspace export”写出的文件夹。</translation>
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
    <name>WsdlImporter</name>
    <message>
        <source>The WSDL could not be fetched: %1</source>
        <translation>无法获取 WSDL：%1</translation>
    </message>
    <message>
        <source>Check the address and that the service is reachable from here.</source>
        <translation>请检查地址，并确认从本机可以访问该服务。</translation>
    </message>
    <message>
        <source>The server answered %1 to the WSDL request</source>
        <translation>服务器对 WSDL 请求返回了 %1</translation>
    </message>
    <message>
        <source>Check the address (most services serve the WSDL at ?wsdl) and whether it needs a sign-in.</source>
        <translation>请检查地址（大多数服务在 ?wsdl 处提供 WSDL），以及是否需要登录。</translation>
    </message>
    <message>
        <source>The WSDL is not well-formed XML: %1</source>
        <translation>WSDL 不是格式正确的 XML：%1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>Check that the address returns the WSDL itself (add ?wsdl) and not an error page.</source>
        <translation>请确认该地址返回的是 WSDL 本身（加上 ?wsdl），而不是错误页面。</translation>
    </message>
    <message>
        <source>The WSDL is empty</source>
        <translation>WSDL 为空</translation>
    </message>
    <message>
        <source>Check the address or the file.</source>
        <translation>请检查地址或文件。</translation>
    </message>
    <message>
        <source>The schema imports other schema files, which are not fetched; types from them show as text.</source>
        <translation>该架构导入了其他架构文件，这些文件不会被获取；其中定义的类型将显示为文本。</translation>
    </message>
    <message>
        <source>This is a WSDL 2.0 document; CRM Bridge reads WSDL 1.1</source>
        <translation>这是 WSDL 2.0 文档；CRM Bridge 只能读取 WSDL 1.1</translation>
    </message>
    <message>
        <source>Ask the service for its WSDL 1.1 description (most SOAP stacks offer both).</source>
        <translation>请向该服务索取 WSDL 1.1 描述（大多数 SOAP 框架两种版本都提供）。</translation>
    </message>
    <message>
        <source>This is not a WSDL 1.1 document (the root element is &lt;%1&gt;)</source>
        <translation>这不是 WSDL 1.1 文档（根元素为 &lt;%1&gt;）</translation>
    </message>
    <message>
        <source>Check that the address returns the WSDL itself (add ?wsdl).</source>
        <translation>请确认该地址返回的是 WSDL 本身（加上 ?wsdl）。</translation>
    </message>
    <message>
        <source>The WSDL names no service address; set the endpoint&apos;s base URL by hand.</source>
        <translation>WSDL 中未指定服务地址；请手动设置端点的基础 URL。</translation>
    </message>
    <message>
        <source>The WSDL describes no operations.</source>
        <translation>WSDL 中没有描述任何操作。</translation>
    </message>
    <message>
        <source>SOAP %1 service %2 (%3 operations)</source>
        <translation>SOAP %1 服务 %2（%3 个操作）</translation>
    </message>
    <message>
        <source>Cannot read the WSDL file: %1</source>
        <translation>无法读取 WSDL 文件：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请确认该文件存在且您有权读取。</translation>
    </message>
    <message>
        <source>SOAP operations of %1</source>
        <translation>%1 的 SOAP 操作</translation>
    </message>
    <message>
        <source>Unknown SOAP version &quot;%1&quot;</source>
        <translation>未知的 SOAP 版本“%1”</translation>
    </message>
    <message>
        <source>Use 1.1 or 1.2.</source>
        <translation>请使用 1.1 或 1.2。</translation>
    </message>
</context>
<context>
    <name>XmlJson</name>
    <message>
        <source>The response is not well-formed XML: %1 at line %2, column %3 (character offset %4)</source>
        <translation>响应不是格式正确的 XML：%1（第 %2 行，第 %3 列，字符偏移 %4）</translation>
    </message>
    <message>
        <source>Check that the URL points at the service (not a web page) and that the server is healthy; the Activity page shows the body.</source>
        <translation>请确认 URL 指向的是服务（而不是网页）且服务器运行正常；“活动记录”页面会显示响应正文。</translation>
    </message>
</context>
<context>
    <name>XmlReader</name>
    <message>
        <source>The XML document is malformed: %1</source>
        <translation>XML 文档格式错误：%1</translation>
    </message>
    <message>
        <source>Fix the document, or export it again from its source.</source>
        <translation>请修正该文档，或从其来源重新导出。</translation>
    </message>
</context>
<context>
    <name>YamlJson</name>
    <message>
        <source>The YAML document cannot be read: %1</source>
        <translation>无法读取 YAML 文档：%1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>Check the indentation and quoting at that line, or import the JSON form of the document.</source>
        <translation>请检查该行的缩进和引号，或改为导入该文档的 JSON 版本。</translation>
    </message>
    <message>
        <source>The JSON document cannot be read: %1</source>
        <translation>无法读取 JSON 文档：%1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Fix the JSON at that line (a missing comma or quote is the usual cause).</source>
        <translation>请修正该行的 JSON（通常是缺少逗号或引号）。</translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityCharts</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求数/秒</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Status per %1 s</source>
        <translation>每 %1 秒的状态分布</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>2xx/3xx</source>
        <translation>2xx/3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>The charts could not be computed: %1</source>
        <translation>无法计算图表：%1</translation>
    </message>
    <message>
        <source>No requests match the filter.</source>
        <translation>没有符合筛选条件的请求。</translation>
    </message>
    <message>
        <source>The newest %1 requests, in buckets of %2 s.</source>
        <translation>最新的 %1 个请求，按每 %2 秒分组。</translation>
    </message>
    <message>
        <source>%1 requests, in buckets of %2 s.</source>
        <translation>%1 个请求，按每 %2 秒分组。</translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityDetailsPane</name>
    <message>
        <source>Copy as cURL</source>
        <translation>复制为 cURL</translation>
    </message>
    <message>
        <source>The command as recorded: credentials and secrets are masked.</source>
        <translation>按记录还原的命令：凭据和机密已被遮盖。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Choose a request to see its details.</source>
        <translation>选择一个请求以查看其详细信息。</translation>
    </message>
    <message>
        <source>%1 · %2 · status %3 · %4 ms · %5%6</source>
        <translation>%1 · %2 · 状态 %3 · %4 毫秒 · %5%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> · retry %1</source>
        <translation> · 第 %1 次重试</translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityPage</name>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已将 %1 行导出到 %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>所有端点</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>所有方法</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx 重定向</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <source>Failed (no answer, 4xx, 5xx)</source>
        <translation>失败（无响应、4xx、5xx）</translation>
    </message>
    <message>
        <source>Text in the URL</source>
        <translation>URL 中的文本</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 rows shown, more as you scroll</source>
        <translation>已显示 %1 行，滚动可加载更多</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityRecorder</name>
    <message>
        <source>Could not record the activity</source>
        <translation>无法记录活动</translation>
    </message>
    <message>
        <source>Could not trim the activity record</source>
        <translation>无法清理活动记录</translation>
    </message>
    <message>
        <source>Could not read the activity record</source>
        <translation>无法读取活动记录</translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityTableModel</name>
    <message>
        <source>Could not read the activity record</source>
        <translation>无法读取活动记录</translation>
    </message>
    <message>
        <source>No such activity row</source>
        <translation>不存在该活动记录行</translation>
    </message>
    <message>
        <source>The activity row was trimmed meanwhile (retention limit)</source>
        <translation>该活动记录行已在此期间被清理（超出保留上限）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
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
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
</context>
<context>
    <name>crmbridge::AuthTab</name>
    <message>
        <source>Change the authentication</source>
        <translation>更改身份验证</translation>
    </message>
    <message>
        <source>Change the keychain entry</source>
        <translation>更改钥匙串条目</translation>
    </message>
    <message>
        <source>Change the secret&apos;s environment variable</source>
        <translation>更改机密的环境变量</translation>
    </message>
    <message>
        <source>Edit the authentication</source>
        <translation>编辑身份验证</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>身份验证：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>密钥名称：</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>令牌 URL：</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>作用域：</translation>
    </message>
    <message>
        <source>Keychain entry:</source>
        <translation>钥匙串条目：</translation>
    </message>
    <message>
        <source>Or environment variable:</source>
        <translation>或环境变量：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>机密：</translation>
    </message>
    <message>
        <source>X-API-Key, api_key…</source>
        <translation>X-API-Key, api_key…</translation>
    </message>
    <message>
        <source>read from this variable where no keychain works</source>
        <translation>无法使用钥匙串时从此变量读取</translation>
    </message>
    <message>
        <source>type the password, token or key</source>
        <translation>输入密码、令牌或密钥</translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation>存储机密</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the workspace; the workspace only names the keychain entry or the environment variable.</source>
        <translation>机密保存在系统钥匙串中，绝不会存入工作区；工作区只记录钥匙串条目或环境变量的名称。</translation>
    </message>
    <message>
        <source>Name the keychain entry</source>
        <translation>为钥匙串条目命名</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>正在存储…</translation>
    </message>
    <message>
        <source>Kept for this session only (no keychain is available): entry &quot;%1&quot;. Set the environment variable to keep it across sessions.</source>
        <translation>仅在本次会话中保留（没有可用的钥匙串）：条目“%1”。如需跨会话保留，请设置环境变量。</translation>
    </message>
    <message>
        <source>Stored in the system keychain as &quot;%1&quot;.</source>
        <translation>已以“%1”为名存入系统钥匙串。</translation>
    </message>
</context>
<context>
    <name>crmbridge::AutoMapPanel</name>
    <message>
        <source>Auto-map suggests rules from field names, synonyms and sample values. Check the ones to keep, then accept them.</source>
        <translation>自动映射会根据字段名、同义词和样本值建议规则。请勾选要保留的规则，然后接受。</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Accept checked</source>
        <translation>接受勾选项</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>crmbridge::ConflictFieldsModel</name>
    <message>
        <source>Not decided</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Decide again (values changed)</source>
        <translation>需重新判定（值已变化）</translation>
    </message>
    <message>
        <source>✓ Take the source</source>
        <translation>✓ 以源为准</translation>
    </message>
    <message>
        <source>✓ Keep the target</source>
        <translation>✓ 保留目标值</translation>
    </message>
    <message>
        <source>Decided %1 by %2 for the target&apos;s &apos;%3&apos; and the source&apos;s &apos;%4&apos;</source>
        <translation>%2 于 %1 针对目标值“%3”和源值“%4”作出判定</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Target&apos;s value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Source&apos;s value</source>
        <translation>源值</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>crmbridge::ConnectionTester</name>
    <message>
        <source>The endpoint sends no credentials, but the server wants some: choose an authentication on the Auth tab.</source>
        <translation>该端点未发送凭据，但服务器要求提供：请在“身份验证”选项卡上选择一种身份验证方式。</translation>
    </message>
    <message>
        <source>the Basic password of user &quot;%1&quot;</source>
        <translation>用户“%1”的 Basic 密码</translation>
    </message>
    <message>
        <source>the Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>the API key in header %1</source>
        <translation>请求头 %1 中的 API 密钥</translation>
    </message>
    <message>
        <source>the API key in query parameter %1</source>
        <translation>查询参数 %1 中的 API 密钥</translation>
    </message>
    <message>
        <source>the OAuth 2.0 client secret of client &quot;%1&quot;</source>
        <translation>客户端“%1”的 OAuth 2.0 客户端密钥</translation>
    </message>
    <message>
        <source>connection test, entity %1</source>
        <translation>连接测试，实体 %1</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>The secret for %1 could not be read: %2</source>
        <translation>无法读取 %1 的机密：%2</translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation>无法构建请求：%1</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at %1. Check the host and port of the base URL, and that the server is running.</source>
        <translation>连接被拒绝：%1 上没有服务在监听。请检查基础 URL 的主机和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS). Check the spelling of the base URL and your network or VPN.</source>
        <translation>无法解析主机名 %1（DNS）。请检查基础 URL 的拼写，以及您的网络或 VPN。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted. Set the CA file of a private CA on the General tab; allow self-signed certificates only for a test server.</source>
        <translation>%1 的 TLS 证书未被接受。如使用私有 CA，请在“常规”选项卡上设置其 CA 文件；仅对测试服务器允许自签名证书。</translation>
    </message>
    <message>
        <source>No answer within %1 s: the server is slow or unreachable. Try again, or raise the timeout on the General tab.</source>
        <translation>%1 秒内没有响应：服务器响应缓慢或无法访问。请重试，或在“常规”选项卡上调高超时时间。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>401 Unauthorized: the server did not accept %1. Check the credential, or store it again on the Auth tab.</source>
        <translation>401 Unauthorized：服务器不接受%1。请检查该凭据，或在“身份验证”选项卡上重新存储。</translation>
    </message>
    <message>
        <source>403 Forbidden: %1 is valid but lacks the permission (scope) for this request.</source>
        <translation>403 Forbidden：%1有效，但缺少此请求所需的权限（作用域）。</translation>
    </message>
    <message>
        <source>404 Not Found at %1: check the base path of the base URL%2.</source>
        <translation>404 Not Found（%1）：请检查基础 URL 中的基础路径%2。</translation>
    </message>
    <message>
        <source> and the list path of entity &quot;%1&quot;</source>
        <translation>以及实体“%1”的列表路径</translation>
    </message>
    <message>
        <source>429 Too Many Requests: the rate limit is exhausted. Wait, or lower the request budget on the Rate limits tab.</source>
        <translation>429 Too Many Requests：已达到速率限制。请稍候，或在“速率限制”选项卡上降低请求配额。</translation>
    </message>
    <message>
        <source>429 Too Many Requests: the server asks to wait %1 s. Lower the request budget on the Rate limits tab.</source>
        <translation>429 Too Many Requests：服务器要求等待 %1 秒。请在“速率限制”选项卡上降低请求配额。</translation>
    </message>
    <message>
        <source>The server answered %1 %2: a problem on its side. Try again later.</source>
        <translation>服务器返回 %1 %2：这是服务器端的问题。请稍后重试。</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>服务器返回 %1。</translation>
    </message>
    <message>
        <source>The answer is not JSON (%1 at byte %2; Content-Type %3). Check the list path of entity &quot;%4&quot;.</source>
        <translation>响应不是 JSON（第 %2 字节处：%1；Content-Type：%3）。请检查实体“%4”的列表路径。</translation>
    </message>
    <message>
        <source>The answer has no list of records at &quot;%1&quot; (entity &quot;%2&quot;). Its top-level fields are: %3. Set &quot;Records at&quot; on the Entities tab.</source>
        <translation>响应中“%1”处没有记录列表（实体“%2”）。其顶层字段为：%3。请在“实体”选项卡上设置“记录位置”。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>crmbridge::EndpointListModel</name>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
</context>
<context>
    <name>crmbridge::EndpointRepository</name>
    <message>
        <source>Add endpoint &quot;%1&quot;</source>
        <translation>添加端点“%1”</translation>
    </message>
    <message>
        <source>Remove endpoint &quot;%1&quot;</source>
        <translation>删除端点“%1”</translation>
    </message>
    <message>
        <source>Add entity &quot;%1&quot;</source>
        <translation>添加实体“%1”</translation>
    </message>
    <message>
        <source>Remove entity &quot;%1&quot;</source>
        <translation>删除实体“%1”</translation>
    </message>
    <message>
        <source>The endpoint was removed</source>
        <translation>该端点已被删除</translation>
    </message>
    <message>
        <source>The endpoint was removed meanwhile</source>
        <translation>该端点已在此期间被删除</translation>
    </message>
    <message>
        <source>The endpoint of entity &quot;%1&quot; was removed</source>
        <translation>实体“%1”所属的端点已被删除</translation>
    </message>
</context>
<context>
    <name>crmbridge::EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>筛选端点</translation>
    </message>
    <message>
        <source>No endpoints yet. Add one, then test the connection.</source>
        <translation>还没有端点。请先添加一个，然后测试连接。</translation>
    </message>
    <message>
        <source>Add Endpoint</source>
        <translation>添加端点</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add From…</source>
        <translation>从其他来源添加…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Choose an endpoint to test.</source>
        <translation>请选择要测试的端点。</translation>
    </message>
    <message>
        <source>Lists one page of %1 ▸ %2</source>
        <translation>列出 %1 ▸ %2 的一页记录</translation>
    </message>
    <message>
        <source>Requests the base URL of %1</source>
        <translation>请求 %1 的基础 URL</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>新端点</translation>
    </message>
    <message>
        <source>Write to production</source>
        <translation>写入生产环境</translation>
    </message>
    <message>
        <source>The test sends %1 %2 to the production environment &quot;%3&quot;. Send it?</source>
        <translation>该测试将向生产环境“%3”发送 %1 %2。确定要发送吗？</translation>
    </message>
    <message>
        <source>PRODUCTION — &quot;%1&quot; is a production environment: requests reach real data, and every write asks for confirmation.</source>
        <translation>生产环境 —“%1”是生产环境：请求会作用于真实数据，每次写入前都会要求确认。</translation>
    </message>
</context>
<context>
    <name>crmbridge::EntitiesTab</name>
    <message>
        <source>Rename the entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <source>Change the list path</source>
        <translation>更改列表路径</translation>
    </message>
    <message>
        <source>Change where the records are</source>
        <translation>更改记录位置</translation>
    </message>
    <message>
        <source>Change the id field</source>
        <translation>更改 ID 字段</translation>
    </message>
    <message>
        <source>Change the page size parameter</source>
        <translation>更改每页大小参数</translation>
    </message>
    <message>
        <source>Change the cursor path</source>
        <translation>更改游标路径</translation>
    </message>
    <message>
        <source>Change the list method</source>
        <translation>更改列表方法</translation>
    </message>
    <message>
        <source>Change the pagination</source>
        <translation>更改分页方式</translation>
    </message>
    <message>
        <source>Change the page size</source>
        <translation>更改每页大小</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>实体必须有名称。</translation>
    </message>
    <message>
        <source>This endpoint already has an entity named &quot;%1&quot;.</source>
        <translation>该端点已有名为“%1”的实体。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>List operation:</source>
        <translation>列表操作：</translation>
    </message>
    <message>
        <source>Records at:</source>
        <translation>记录位置：</translation>
    </message>
    <message>
        <source>Id field:</source>
        <translation>ID 字段：</translation>
    </message>
    <message>
        <source>Pagination:</source>
        <translation>分页：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>每页大小：</translation>
    </message>
    <message>
        <source>Page size parameter:</source>
        <translation>每页大小参数：</translation>
    </message>
    <message>
        <source>Cursor at:</source>
        <translation>游标位置：</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>添加实体</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>/crm/v3/objects/contacts</source>
        <translation>/crm/v3/objects/contacts</translation>
    </message>
    <message>
        <source>results, data.items — empty: the body is the list</source>
        <translation>results、data.items —— 留空表示正文本身就是列表</translation>
    </message>
    <message>
        <source>paging.next.after</source>
        <translation>paging.next.after</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Discover from Sample</source>
        <translation>从样本推断</translation>
    </message>
    <message>
        <source>Infers the fields and their types from the sample records of the last connection test.</source>
        <translation>根据上次连接测试得到的样本记录推断字段及其类型。</translation>
    </message>
    <message>
        <source>Sample records (from the last connection test)</source>
        <translation>样本记录（来自上次连接测试）</translation>
    </message>
    <message>
        <source>Schema (none yet: run schema discovery or import an API description)</source>
        <translation>结构（暂无：请运行结构推断，或导入 API 描述）</translation>
    </message>
    <message numerus="yes">
        <source>Schema: %n field(s)</source>
        <translation>
            <numerusform>结构：%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Discover the schema</source>
        <translation>推断结构</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>crmbridge::EntityListModel</name>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>List operation</source>
        <translation>列表操作</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>Records at</source>
        <translation>记录位置</translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentListModel</name>
    <message>
        <source>A production environment shows a red banner, and every write to it asks first.</source>
        <translation>生产环境会显示红色横幅，每次向其写入前都会先要求确认。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Rename environment %1 to %2</source>
        <translation>将环境 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Mark %1 as production</source>
        <translation>将 %1 标记为生产环境</translation>
    </message>
    <message>
        <source>Mark %1 as not production</source>
        <translation>取消将 %1 标记为生产环境</translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation>添加环境 %1</translation>
    </message>
    <message>
        <source>Remove environment %1</source>
        <translation>删除环境 %1</translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentRepository</name>
    <message>
        <source>An environment needs a name.</source>
        <translation>环境需要名称。</translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>已存在名为“%1”的环境。请换一个名称。</translation>
    </message>
    <message>
        <source>A variable needs a name (it is used as {{name}}).</source>
        <translation>变量需要名称（以 {{name}} 形式引用）。</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is already defined in &quot;%2&quot;.</source>
        <translation>变量“%1”已在“%2”中定义。</translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentVariablesModel</name>
    <message>
        <source>Used as {{%1}} in URLs, headers and bodies</source>
        <translation>在 URL、请求头和正文中以 {{%1}} 形式引用</translation>
    </message>
    <message>
        <source>A secret: its value is in %1, never in the workspace. Type a new value to replace it.</source>
        <translation>机密：其值保存在%1中，绝不会存入工作区。输入新值即可替换。</translation>
    </message>
    <message>
        <source>Keep the value in the system keychain instead of the workspace</source>
        <translation>将值保存在系统钥匙串中，而不是工作区中</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>The secret value is %1.</source>
        <translation>机密值%1。</translation>
    </message>
    <message>
        <source>Type the secret value again after renaming a secret variable; a secret is never read back into the window.</source>
        <translation>重命名机密变量后，请重新输入机密值；机密绝不会回读到窗口中。</translation>
    </message>
    <message>
        <source>Rename variable %1 to %2</source>
        <translation>将变量 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Set %1 in %2</source>
        <translation>在 %2 中设置 %1</translation>
    </message>
    <message>
        <source>Make %1 a secret</source>
        <translation>将 %1 设为机密</translation>
    </message>
    <message>
        <source>Make %1 a plain variable</source>
        <translation>将 %1 设为普通变量</translation>
    </message>
    <message>
        <source>Add variable %1 to %2</source>
        <translation>向 %2 添加变量 %1</translation>
    </message>
    <message>
        <source>Remove variable %1 from %2</source>
        <translation>从 %2 删除变量 %1</translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentsDialog</name>
    <message>
        <source>New secret value</source>
        <translation>新机密值</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>新环境</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>An environment is a named set of variables that fills {{name}} in endpoint URLs, headers and bodies. Mark an environment as production to get a warning banner and a confirmation before every write to it. Secret values go to the system keychain.</source>
        <translation>环境是一组具名变量，用于填充端点 URL、请求头和正文中的 {{name}}。将环境标记为生产环境后，会显示警告横幅，且每次向其写入前都需要确认。机密值保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation>添加环境</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation>删除变量</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Variables of %1</source>
        <translation>%1 的变量</translation>
    </message>
    <message>
        <source>Add an environment to define variables.</source>
        <translation>请先添加环境，再定义变量。</translation>
    </message>
    <message>
        <source>PRODUCTION — requests in &quot;%1&quot; reach real data; every write asks for confirmation.</source>
        <translation>生产环境 —“%1”中的请求会作用于真实数据；每次写入前都会要求确认。</translation>
    </message>
</context>
<context>
    <name>crmbridge::Error</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>crmbridge::FailedRowsDialog</name>
    <message>
        <source>Failed rows of run %1 — %2</source>
        <translation>运行 %1 的失败行 — %2</translation>
    </message>
    <message>
        <source>These records were not written. Fix a value in place (double-click a cell), then retry: only these rows run again, as a new run linked to run %1. Without edits, the records are read again from the source.</source>
        <translation>这些记录未被写入。可直接修正值（双击单元格），然后重试：只有这些行会重新运行，作为与运行 %1 关联的一次新运行。如果未作修改，将重新从源读取这些记录。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Retry these rows</source>
        <translation>重试这些行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to retry, with your edits</source>
        <translation>
            <numerusform>将重试 %n 行（含您的修改）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to retry</source>
        <translation>
            <numerusform>将重试 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmbridge::FailedRowsModel</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation>HTTP %1 — %2</translation>
    </message>
    <message>
        <source>Cannot write the rows to retry: %1</source>
        <translation>无法写入要重试的行：%1</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请确认该文件夹存在且可写。</translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation>请检查可用磁盘空间。</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
处理建议：%2</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>原值：%1</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>源键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>crmbridge::FieldChangesModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>crmbridge::GeneralTab</name>
    <message>
        <source>Edit the description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Change the protocol</source>
        <translation>更改协议</translation>
    </message>
    <message>
        <source>Change the timeout</source>
        <translation>更改超时</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>此路径下没有文件。</translation>
    </message>
    <message>
        <source>Change the CA file</source>
        <translation>更改 CA 文件</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Allow self-signed certificates</source>
        <translation>允许自签名证书</translation>
    </message>
    <message>
        <source>Verify certificates</source>
        <translation>验证证书</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>CA file (PEM):</source>
        <translation>CA 文件（PEM）：</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS：</translation>
    </message>
    <message>
        <source>https://api.example.com/v1 or {{base_url}}</source>
        <translation>https://api.example.com/v1 或 {{base_url}}</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>系统信任的 CA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Allow self-signed certificates (test servers only)</source>
        <translation>允许自签名证书（仅限测试服务器）</translation>
    </message>
    <message>
        <source>⚠ Certificate verification is relaxed for this endpoint: anyone between you and the server could read and change the traffic. Use a CA file instead where you can.</source>
        <translation>⚠ 此端点放宽了证书验证：您与服务器之间的任何人都可能读取并篡改通信内容。请尽可能改用 CA 文件。</translation>
    </message>
    <message>
        <source>An endpoint needs a name.</source>
        <translation>端点必须有名称。</translation>
    </message>
    <message>
        <source>Another endpoint is already named &quot;%1&quot;.</source>
        <translation>已有另一个端点名为“%1”。</translation>
    </message>
    <message>
        <source>Rename the endpoint</source>
        <translation>重命名端点</translation>
    </message>
    <message>
        <source>A base URL is needed, e.g. https://api.example.com/v1.</source>
        <translation>需要填写基础 URL，例如 https://api.example.com/v1。</translation>
    </message>
    <message>
        <source>Not an http(s) URL: it must start with http:// or https://.</source>
        <translation>不是 http(s) URL：必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>该 URL 没有主机名。</translation>
    </message>
    <message>
        <source>Change the base URL</source>
        <translation>更改基础 URL</translation>
    </message>
</context>
<context>
    <name>crmbridge::HeadersModel</name>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and - _ . only.</source>
        <translation>“%1”不是有效的请求头名称：只能使用字母、数字和 - _ . 字符。</translation>
    </message>
    <message>
        <source>Edit header &quot;%1&quot;</source>
        <translation>编辑请求头“%1”</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove headers</source>
        <translation>删除请求头</translation>
    </message>
</context>
<context>
    <name>crmbridge::HeadersTab</name>
    <message>
        <source>Sent with every request of this endpoint. Values may use {{variables}} of the environment; put credentials on the Auth tab, not here.</source>
        <translation>随此端点的每个请求一起发送。值中可以使用环境的 {{variables}}；凭据请在“身份验证”选项卡上设置，不要放在这里。</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>crmbridge::HttpClient</name>
    <message>
        <source>The request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>path %1 of endpoint &quot;%2&quot;</source>
        <translation>端点“%2”的路径 %1</translation>
    </message>
    <message>
        <source>base URL of endpoint &quot;%1&quot;</source>
        <translation>端点“%1”的基础 URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable http(s) URL</source>
        <translation>“%1”不是可用的 http(s) URL</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation>端点“%1”</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s base URL and the request path.</source>
        <translation>请检查端点的基础 URL 和请求路径。</translation>
    </message>
    <message>
        <source>query parameter %1 of endpoint &quot;%2&quot;</source>
        <translation>端点“%2”的查询参数 %1</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; reads files; it has no HTTP requests</source>
        <translation>端点“%1”读取的是文件，不发送 HTTP 请求</translation>
    </message>
    <message>
        <source>%1 to production environment &quot;%2&quot; needs confirmation</source>
        <translation>向生产环境“%2”发送 %1 需要确认</translation>
    </message>
    <message>
        <source>Confirm the write in the window, or pass --yes on the command line.</source>
        <translation>请在窗口中确认此次写入，或在命令行中传入 --yes。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; uses %2 authentication but names no secret</source>
        <translation>端点“%1”使用 %2 身份验证，但未指定机密</translation>
    </message>
    <message>
        <source>Name a keychain entry or an environment variable for the secret.</source>
        <translation>请为该机密指定钥匙串条目或环境变量。</translation>
    </message>
    <message>
        <source>No secret store is connected to endpoint &quot;%1&quot;</source>
        <translation>端点“%1”未连接任何机密存储</translation>
    </message>
    <message>
        <source>authentication of endpoint &quot;%1&quot;</source>
        <translation>端点“%1”的身份验证</translation>
    </message>
    <message>
        <source>variable {{%1}} of environment &quot;%2&quot;</source>
        <translation>环境“%2”的变量 {{%1}}</translation>
    </message>
    <message>
        <source>header %1 of endpoint &quot;%2&quot;</source>
        <translation>端点“%2”的请求头 %1</translation>
    </message>
    <message>
        <source>request body for endpoint &quot;%1&quot;</source>
        <translation>端点“%1”的请求正文</translation>
    </message>
    <message>
        <source>user name of endpoint &quot;%1&quot;</source>
        <translation>端点“%1”的用户名</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate, or cannot be read</source>
        <translation>CA 文件中没有 PEM 证书，或无法读取</translation>
    </message>
    <message>
        <source>Choose the PEM file of the CA that signed the server&apos;s certificate.</source>
        <translation>请选择签发该服务器证书的 CA 的 PEM 文件。</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>连接在收到 %2 字节中的 %1 字节后关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>The server asked to wait %1 s, longer than the %2 s this endpoint allows; try again later or raise the endpoint&apos;s Retry-After limit.</source>
        <translation>服务器要求等待 %1 秒，超过了此端点允许的 %2 秒；请稍后重试，或调高端点的 Retry-After 上限。</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation>（已尝试 %1 次）</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short: %2%3</source>
        <translation>来自 %1 的响应被截断：%2%3</translation>
    </message>
    <message>
        <source>The connection dropped; try again later.</source>
        <translation>连接中断；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3%4</source>
        <translation>%1 返回了 HTTP %2 %3%4</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s credentials and their permissions.</source>
        <translation>请检查端点的凭据及其权限。</translation>
    </message>
    <message>
        <source>Check the base URL, the path and the record id.</source>
        <translation>请检查基础 URL、路径和记录 ID。</translation>
    </message>
    <message>
        <source>The rate limit is exhausted; lower the endpoint&apos;s request budget or try again later.</source>
        <translation>已达到速率限制；请降低端点的请求配额，或稍后重试。</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>服务器出现问题；请稍后重试。</translation>
    </message>
    <message>
        <source>Check the request against the API&apos;s documentation; the Activity page shows the exchange.</source>
        <translation>请对照 API 文档检查该请求；“活动记录”页面会显示完整的请求和响应。</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s%3</source>
        <translation>%1 已有 %2 秒没有返回数据%3</translation>
    </message>
    <message>
        <source>The server is slow or unreachable: try again later or raise the endpoint&apos;s timeout.</source>
        <translation>服务器响应缓慢或无法访问：请稍后重试，或调高端点的超时时间。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>%1 的 TLS 证书未被接受：%2</translation>
    </message>
    <message>
        <source>If the server uses a private CA, set the endpoint&apos;s CA file. Only for a test server: allow self-signed certificates on the endpoint.</source>
        <translation>如果服务器使用私有 CA，请设置端点的 CA 文件。仅限测试服务器：可在端点上允许自签名证书。</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2%3</source>
        <translation>无法访问 %1：%2%3</translation>
    </message>
    <message>
        <source>Check the base URL, the network and that the server is running.</source>
        <translation>请检查基础 URL 和网络，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>client id of endpoint &quot;%1&quot;</source>
        <translation>端点“%1”的客户端 ID</translation>
    </message>
    <message>
        <source>OAuth 2.0 token request; bodies not kept</source>
        <translation>OAuth 2.0 令牌请求；不保存正文</translation>
    </message>
    <message>
        <source>Could not get an OAuth 2.0 token for %1: %2</source>
        <translation>无法为 %1 获取 OAuth 2.0 令牌：%2</translation>
    </message>
    <message>
        <source>Check the token URL, the client id and the client secret.</source>
        <translation>请检查令牌 URL、客户端 ID 和客户端密钥。</translation>
    </message>
</context>
<context>
    <name>crmbridge::ImportMenu</name>
    <message>
        <source>Vendor Template</source>
        <translation>厂商模板</translation>
    </message>
    <message>
        <source>OpenAPI Document…</source>
        <translation>OpenAPI 文档…</translation>
    </message>
    <message>
        <source>Import an OpenAPI document</source>
        <translation>导入 OpenAPI 文档</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;All files (*)</source>
        <translation>OpenAPI 文档 (*.json *.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Postman Collection…</source>
        <translation>Postman 集合…</translation>
    </message>
    <message>
        <source>Import a Postman collection</source>
        <translation>导入 Postman 集合</translation>
    </message>
    <message>
        <source>Postman collections (*.json);;All files (*)</source>
        <translation>Postman 集合 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>WSDL File…</source>
        <translation>WSDL 文件…</translation>
    </message>
    <message>
        <source>Import a WSDL file</source>
        <translation>导入 WSDL 文件</translation>
    </message>
    <message>
        <source>WSDL files (*.wsdl *.xml);;All files (*)</source>
        <translation>WSDL 文件 (*.wsdl *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>cURL Command from the Clipboard</source>
        <translation>剪贴板中的 cURL 命令</translation>
    </message>
    <message>
        <source>Imported endpoint</source>
        <translation>导入的端点</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>未添加任何内容。</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot;: %2</source>
        <translation>机密“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Added &quot;%1&quot; with %n entit(y/ies).</source>
        <translation>
            <numerusform>已添加“%1”，包含 %n 个实体。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cURL command has no absolute URL: %1</source>
        <translation>该 cURL 命令中没有绝对 URL：%1</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The command used --insecure: the endpoint allows self-signed certificates.</source>
        <translation>该命令使用了 --insecure：此端点将允许自签名证书。</translation>
    </message>
    <message>
        <source>WSDL from a URL…</source>
        <translation>从 URL 导入 WSDL…</translation>
    </message>
    <message>
        <source>Import a WSDL from a URL</source>
        <translation>从 URL 导入 WSDL</translation>
    </message>
    <message>
        <source>WSDL address (e.g. https://erp.example.com/soap/OrderService?wsdl):</source>
        <translation>WSDL 地址（例如 https://erp.example.com/soap/OrderService?wsdl）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>“%1”不是有效的网址。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleDiagram</name>
    <message>
        <source>%1 · unreachable</source>
        <translation>%1 · 不可达</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleDocument</name>
    <message>
        <source>Not saved: the lifecycle has errors. Fix them (or undo) to save it; orders keep stepping through the last saved lifecycle.</source>
        <translation>未保存：生命周期存在错误。请修正错误（或撤销）后再保存；在此之前，订单仍按上次保存的生命周期执行状态转换。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleEditor</name>
    <message>
        <source>Error — %1: %2</source>
        <translation>错误 — %1：%2</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>警告 — %1：%2</translation>
    </message>
    <message>
        <source>Saved. Orders step through this lifecycle from now on.</source>
        <translation>已保存。从现在起，订单将按此生命周期执行状态转换。</translation>
    </message>
    <message>
        <source>Add state</source>
        <translation>添加状态</translation>
    </message>
    <message>
        <source>Remove state</source>
        <translation>删除状态</translation>
    </message>
    <message>
        <source>Add transition</source>
        <translation>添加状态转换</translation>
    </message>
    <message>
        <source>Remove transition</source>
        <translation>删除状态转换</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>States</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Transitions (double-click to edit; lists are comma-separated; the guard is a formula over the order)</source>
        <translation>状态转换（双击可编辑；列表项以逗号分隔；守卫条件是基于订单的公式）</translation>
    </message>
    <message>
        <source>State diagram</source>
        <translation>状态图</translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleStatesModel</name>
    <message>
        <source>Make %1 the initial state</source>
        <translation>将 %1 设为初始状态</translation>
    </message>
    <message>
        <source>Unmark the initial state</source>
        <translation>取消初始状态标记</translation>
    </message>
    <message>
        <source>Mark %1 final</source>
        <translation>将 %1 标记为最终状态</translation>
    </message>
    <message>
        <source>Unmark %1 final</source>
        <translation>取消 %1 的最终状态标记</translation>
    </message>
    <message>
        <source>A state needs an id (e.g. &quot;packed&quot;).</source>
        <translation>状态需要一个 id（例如“packed”）。</translation>
    </message>
    <message>
        <source>Rename state %1 to %2</source>
        <translation>将状态 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change the label of %1</source>
        <translation>更改 %1 的标签</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>初始</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add state %1</source>
        <translation>添加状态 %1</translation>
    </message>
    <message>
        <source>Remove state %1</source>
        <translation>删除状态 %1</translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleTransitionsModel</name>
    <message>
        <source>On endpoint %1</source>
        <translation>在端点 %1 上</translation>
    </message>
    <message>
        <source>A transition needs a name (e.g. &quot;pack&quot;).</source>
        <translation>状态转换需要一个名称（例如“pack”）。</translation>
    </message>
    <message>
        <source>Rename transition %1 to %2</source>
        <translation>将状态转换 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change the label of %1</source>
        <translation>更改 %1 的标签</translation>
    </message>
    <message>
        <source>Change where %1 leaves from</source>
        <translation>更改 %1 的起始状态</translation>
    </message>
    <message>
        <source>Change where %1 leads</source>
        <translation>更改 %1 的目标状态</translation>
    </message>
    <message>
        <source>Change the guard of %1</source>
        <translation>更改 %1 的守卫条件</translation>
    </message>
    <message>
        <source>Change the required fields of %1</source>
        <translation>更改 %1 的必填字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action kind: use none, rest, soap or create_erp_order.</source>
        <translation>“%1”不是有效的动作类型：请使用 none、rest、soap 或 create_erp_order。</translation>
    </message>
    <message>
        <source>Change the action of %1</source>
        <translation>更改 %1 的动作</translation>
    </message>
    <message>
        <source>Transition %1 has no action: choose its kind first.</source>
        <translation>状态转换 %1 没有动作：请先选择动作类型。</translation>
    </message>
    <message>
        <source>Write the action as &quot;METHOD path&quot;, e.g. &quot;PATCH /orders/{erp_id}&quot;.</source>
        <translation>请将动作写成“METHOD path”的形式，例如“PATCH /orders/{erp_id}”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification mode: use sync, async or event.</source>
        <translation>“%1”不是有效的通知模式：请使用 sync、async 或 event。</translation>
    </message>
    <message>
        <source>Change the mode of %1</source>
        <translation>更改 %1 的模式</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>守卫条件</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>必填字段</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Request / operation</source>
        <translation>请求 / 操作</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add transition %1</source>
        <translation>添加状态转换 %1</translation>
    </message>
    <message>
        <source>Remove transition %1</source>
        <translation>删除状态转换 %1</translation>
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
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
</context>
<context>
    <name>crmbridge::MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation>自动映射</translation>
    </message>
    <message>
        <source>Rename mapping</source>
        <translation>重命名映射</translation>
    </message>
    <message>
        <source>A mapping needs a name.</source>
        <translation>映射需要一个名称。</translation>
    </message>
    <message>
        <source>A mapping named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>已存在名为“%1”的映射。请另选一个名称。</translation>
    </message>
    <message>
        <source>Rename mapping to %1</source>
        <translation>将映射重命名为 %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Sample file…</source>
        <translation>样本文件…</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Only invalid rows</source>
        <translation>仅显示无效行</translation>
    </message>
    <message>
        <source>(choose an entity)</source>
        <translation>（请选择实体）</translation>
    </message>
    <message>
        <source>Open mapping</source>
        <translation>打开映射</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>新建映射</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>删除映射</translation>
    </message>
    <message>
        <source>Delete the mapping &quot;%1&quot;? This cannot be undone.</source>
        <translation>要删除映射“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>导入映射</translation>
    </message>
    <message>
        <source>Mapping files (*.json *.sdl);;All files (*)</source>
        <translation>映射文件 (*.json *.sdl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace it with the imported one?</source>
        <translation>要用导入的映射替换它吗？</translation>
    </message>
    <message>
        <source>Export mapping</source>
        <translation>导出映射</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <source>Open sample records</source>
        <translation>打开样本记录</translation>
    </message>
    <message>
        <source>Records (*.csv *.jsonl *.ndjson *.json *.xml);;All files (*)</source>
        <translation>记录 (*.csv *.jsonl *.ndjson *.json *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Source entity</source>
        <translation>源实体</translation>
    </message>
    <message>
        <source>Use source %1</source>
        <translation>使用源 %1</translation>
    </message>
    <message>
        <source>Target entity</source>
        <translation>目标实体</translation>
    </message>
    <message>
        <source>Use target %1</source>
        <translation>使用目标 %1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>正在预览…</translation>
    </message>
    <message>
        <source>No sample records: choose a source entity or open a sample file.</source>
        <translation>没有样本记录：请选择源实体或打开样本文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) previewed</source>
        <translation>
            <numerusform>已预览 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 条无效</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions: every target field is mapped, or no source field resembles the unmapped ones.</source>
        <translation>没有建议：所有目标字段都已映射，或者没有与未映射字段相似的源字段。</translation>
    </message>
    <message>
        <source>Fetching samples from %1… %2 (%3)</source>
        <translation>正在从 %1 获取样本… %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment whose variables fill the endpoint&apos;s {{variables}}</source>
        <translation>其变量用于填充端点中 {{variables}} 的环境</translation>
    </message>
    <message>
        <source>Samples: %1 from %2</source>
        <translation>样本：%1，来自 %2</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1（生产）</translation>
    </message>
    <message>
        <source>Cancel Fetch</source>
        <translation>取消获取</translation>
    </message>
    <message>
        <source>Fetch Live Samples</source>
        <translation>获取实时样本</translation>
    </message>
    <message>
        <source>Fetch up to %1 records of the source entity through its endpoint</source>
        <translation>通过源实体的端点获取最多 %1 条记录</translation>
    </message>
    <message>
        <source>Choose a source entity first: its endpoint is where the samples come from.</source>
        <translation>请先选择源实体：样本将从其端点获取。</translation>
    </message>
    <message>
        <source>Fetching samples from %1…</source>
        <translation>正在从 %1 获取样本…</translation>
    </message>
    <message>
        <source>Fetching was cancelled; the previous samples stay.</source>
        <translation>获取已取消；原有样本保持不变。</translation>
    </message>
    <message>
        <source>Could not fetch samples from %1: %2 The previous samples stay.</source>
        <translation>无法从 %1 获取样本：%2 原有样本保持不变。</translation>
    </message>
    <message>
        <source>%1 returned no records; the previous samples stay.</source>
        <translation>%1 未返回任何记录；原有样本保持不变。</translation>
    </message>
    <message>
        <source>Samples: %1 live from %2 (%3), environment %4</source>
        <translation>样本：%1，实时获取自 %2（%3），环境：%4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Samples: %1 from the stored schema of %2</source>
        <translation>样本：%1，根据 %2 已保存的结构生成</translation>
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
    <name>crmbridge::OrderDetailPane</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答内容</translation>
    </message>
    <message>
        <source>The ERP&apos;s order changed since it was read (412)</source>
        <translation>ERP 中的订单在读取后已被修改（412）</translation>
    </message>
    <message>
        <source>Ours (last read)</source>
        <translation>本地（上次读取）</translation>
    </message>
    <message>
        <source>The ERP&apos;s now</source>
        <translation>ERP 当前</translation>
    </message>
    <message>
        <source>Refresh and retry</source>
        <translation>刷新并重试</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Select an order to see its timeline.</source>
        <translation>选择一个订单以查看其时间线。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was refused: the ERP has version %2 of this order (ETag %3, status %4); we last read version %5 (ETag %6). Refresh reads the ERP&apos;s order again and retries the step; Abort leaves the order as it is.</source>
        <translation>“%1”被拒绝：ERP 中此订单的版本为 %2（ETag %3，状态 %4），而上次读取的是版本 %5（ETag %6）。“刷新并重试”会重新从 ERP 读取订单并重试该步骤；“中止”则保持订单不变。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>version %1, ETag %2</source>
        <translation>版本 %1，ETag %2</translation>
    </message>
    <message>
        <source>version %1, ETag %2, status %3</source>
        <translation>版本 %1，ETag %2，状态 %3</translation>
    </message>
</context>
<context>
    <name>crmbridge::OrderListModel</name>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Deal / customer</source>
        <translation>商机 / 客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>crmbridge::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
</context>
<context>
    <name>crmbridge::OrdersTab</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>guard failed</source>
        <translation>不满足守卫条件</translation>
    </message>
    <message>
        <source>missing fields</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>conflict (412)</source>
        <translation>冲突（412）</translation>
    </message>
    <message>
        <source>rejected by the ERP</source>
        <translation>被 ERP 拒绝</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>配置问题</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>订单不存在</translation>
    </message>
    <message>
        <source>Bulk step finished: %1 succeeded, %2 failed. Double-click a result to open the order.</source>
        <translation>批量状态转换已完成：成功 %1 个，失败 %2 个。双击结果可打开对应订单。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>已导入：新增 %1 个，更新 %2 个。</translation>
    </message>
    <message>
        <source>Import stopped: %1 (%2 new, %3 updated before that)</source>
        <translation>导入已停止：%1（此前已新增 %2 个，更新 %3 个）</translation>
    </message>
    <message>
        <source>Could not read the order from the ERP again: %1</source>
        <translation>无法从 ERP 重新读取订单：%1</translation>
    </message>
    <message>
        <source>Left order %1 as it is; the conflict is on its timeline.</source>
        <translation>已保持订单 %1 不变；该冲突已记录在其时间线中。</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Search number, external id or deal name</source>
        <translation>搜索编号、外部 ID 或商机名称</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import the CRM&apos;s deals</source>
        <translation>导入 CRM 中的商机</translation>
    </message>
    <message>
        <source>Import the ERP&apos;s orders</source>
        <translation>导入 ERP 中的订单</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>状态转换：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Lifecycle&apos;s choice</source>
        <translation>按生命周期设置</translation>
    </message>
    <message>
        <source>Sync (call the ERP now)</source>
        <translation>同步（立即调用 ERP）</translation>
    </message>
    <message>
        <source>Async (outbox)</source>
        <translation>异步（发件箱）</translation>
    </message>
    <message>
        <source>Event (webhooks)</source>
        <translation>事件（Webhook）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation>%1 不可用：%2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Steps the %1 selected orders whose state allows it (%2 of %3)</source>
        <translation>对所选 %1 个订单中状态允许的订单执行此状态转换（%3 个中的 %2 个）</translation>
    </message>
    <message>
        <source>Select orders to step them through the lifecycle.</source>
        <translation>请选择订单，以按生命周期执行状态转换。</translation>
    </message>
    <message>
        <source>No transition leaves from %1.</source>
        <translation>没有从 %1 出发的状态转换。</translation>
    </message>
    <message>
        <source>Write to production</source>
        <translation>写入生产环境</translation>
    </message>
    <message numerus="yes">
        <source>This steps %n orders on a production environment: the ERP&apos;s orders change for real. Go on?</source>
        <translation>
            <numerusform>此操作将在生产环境中对 %n 个订单执行状态转换：ERP 中的订单会被真实修改。是否继续？</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepping order %1 through &quot;%2&quot;…</source>
        <translation>正在对订单 %1 执行“%2”…</translation>
    </message>
    <message>
        <source>Stepping %1 orders through &quot;%2&quot;…</source>
        <translation>正在对 %1 个订单执行“%2”…</translation>
    </message>
    <message>
        <source>The ERP accepted; now %1.</source>
        <translation>ERP 已接受；当前状态：%1。</translation>
    </message>
    <message>
        <source>Now %1; the ERP action waits in the outbox.</source>
        <translation>当前状态：%1；ERP 动作正在发件箱中等待投递。</translation>
    </message>
    <message>
        <source>Now %1; the event waits in the outbox.</source>
        <translation>当前状态：%1；事件正在发件箱中等待投递。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>%1 — %2: the ERP&apos;s order changed since we read it (412). Compare both versions below.</source>
        <translation>%1 — %2：ERP 中的订单在上次读取后已被修改（412）。请在下方比较两个版本。</translation>
    </message>
    <message>
        <source>%1 — %2 failed: %3</source>
        <translation>%1 — %2 失败：%3</translation>
    </message>
    <message>
        <source>Reading order %1 from the ERP again…</source>
        <translation>正在从 ERP 重新读取订单 %1…</translation>
    </message>
    <message>
        <source>Importing the CRM&apos;s deals…</source>
        <translation>正在导入 CRM 中的商机…</translation>
    </message>
    <message>
        <source>Importing the ERP&apos;s orders…</source>
        <translation>正在导入 ERP 中的订单…</translation>
    </message>
</context>
<context>
    <name>crmbridge::OutboxModel</name>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>ERP action</source>
        <translation>ERP 动作</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>crmbridge::OutboxView</name>
    <message>
        <source>All entries</source>
        <translation>所有条目</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Deliver the selected failed or waiting entries again, now</source>
        <translation>立即重新投递所选的失败或等待中的条目</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <source>Give up on the selected entries: they are never delivered</source>
        <translation>放弃所选条目：这些条目将不再投递</translation>
    </message>
    <message>
        <source>Entry %1 for order %2 (%3), Idempotency-Key %4</source>
        <translation>条目 %1，订单 %2（%3），Idempotency-Key %4</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be delivered again now.</source>
        <translation>
            <numerusform>将立即重新投递 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard outbox entries</source>
        <translation>丢弃发件箱条目</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n outbox entries? They will never be delivered; the orders keep their current state and the timeline records the discard.</source>
        <translation>
            <numerusform>要丢弃 %n 个发件箱条目吗？这些条目将不再投递；订单保持当前状态，时间线会记录此次丢弃。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries discarded.</source>
        <translation>
            <numerusform>已丢弃 %n 个条目。</numerusform>
        </translation>
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
    <message>
        <source>%1 (production)</source>
        <translation>%1（生产）</translation>
    </message>
    <message>
        <source>Environments: none yet</source>
        <translation>环境：尚无</translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation>环境：%1</translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation>环境…</translation>
    </message>
</context>
<context>
    <name>crmbridge::PageWalker</name>
    <message>
        <source>entity &quot;%1&quot; of endpoint &quot;%2&quot;, page %3, %4</source>
        <translation>端点“%2”的实体“%1”，第 %3 页，%4</translation>
    </message>
    <message>
        <source>The page walker has no HTTP client</source>
        <translation>分页遍历器没有 HTTP 客户端</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; has no list operation</source>
        <translation>实体“%1”没有列表操作</translation>
    </message>
    <message>
        <source>Set the list path of the entity in the Endpoints page.</source>
        <translation>请在“端点”页面中设置该实体的列表路径。</translation>
    </message>
    <message>
        <source>Fetching was cancelled</source>
        <translation>获取已取消</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;, page %2</source>
        <translation>实体“%1”，第 %2 页</translation>
    </message>
    <message>
        <source>Fetching stopped: the connection was closed</source>
        <translation>获取已停止：连接已关闭</translation>
    </message>
    <message>
        <source>(the top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Check the entity&apos;s records path against a sample response.</source>
        <translation>请对照样本响应检查该实体的记录路径。</translation>
    </message>
    <message>
        <source>The server sent the same page twice; stopped instead of looping forever</source>
        <translation>服务器两次发送了同一页；已停止，以免无限循环</translation>
    </message>
    <message>
        <source>The server may ignore the paging parameters; check the entity&apos;s pagination settings.</source>
        <translation>服务器可能忽略了分页参数；请检查该实体的分页设置。</translation>
    </message>
    <message>
        <source>The response says there are more pages but has no cursor at &quot;%1&quot;</source>
        <translation>响应表明还有更多页，但“%1”处没有游标</translation>
    </message>
    <message>
        <source>Check the entity&apos;s cursor path.</source>
        <translation>请检查该实体的游标路径。</translation>
    </message>
    <message>
        <source>The server announced more pages but sent an empty one; stopped instead of looping</source>
        <translation>服务器声明还有更多页，却发送了空页；已停止，以免陷入循环</translation>
    </message>
    <message>
        <source>The server&apos;s paging is broken; report it to its owner, or fetch with a filter.</source>
        <translation>服务器的分页功能有缺陷；请向其维护方报告，或使用筛选条件获取。</translation>
    </message>
    <message>
        <source>The server sent the cursor &quot;%1&quot; a second time; stopped instead of looping forever</source>
        <translation>服务器再次发送了游标“%1”；已停止，以免无限循环</translation>
    </message>
    <message>
        <source>The server announced a next page but sent an empty one; stopped instead of looping</source>
        <translation>服务器声明有下一页，却发送了空页；已停止，以免陷入循环</translation>
    </message>
    <message>
        <source>The server pointed to the same next page a second time; stopped instead of looping forever</source>
        <translation>服务器再次指向同一个下一页；已停止，以免无限循环</translation>
    </message>
    <message>
        <source>The next page is on another server (%1); not following it with this endpoint&apos;s credentials</source>
        <translation>下一页位于另一台服务器（%1）上；不会带着此端点的凭据去访问它</translation>
    </message>
    <message>
        <source>If that server is right, set it as the endpoint&apos;s base URL.</source>
        <translation>如果该服务器确实正确，请将其设为端点的基础 URL。</translation>
    </message>
    <message>
        <source>The response has no list of records at &quot;%1&quot; (it holds: %2)</source>
        <translation>响应中“%1”处没有记录列表（其中包含：%2）</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>无字段</translation>
    </message>
    <message>
        <source>Check the entity&apos;s records path: an element path such as Orders/Order.</source>
        <translation>请检查实体的记录路径：应为元素路径，例如 Orders/Order。</translation>
    </message>
    <message>
        <source>list operation of entity &quot;%1&quot;</source>
        <translation>实体“%1”的列表操作</translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; pages by %2, which a SOAP operation cannot do</source>
        <translation>实体“%1”按 %2 分页，而 SOAP 操作不支持这种分页方式</translation>
    </message>
    <message>
        <source>Use page-number, offset or cursor paging with the operation&apos;s page parameters, or none.</source>
        <translation>请使用 page-number、offset 或 cursor 分页（配合该操作的分页参数），或使用 none。</translation>
    </message>
</context>
<context>
    <name>crmbridge::PlanItemsModel</name>
    <message>
        <source>Written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>失败（HTTP %1）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n 个字段：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
处理建议：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>源键</translation>
    </message>
    <message>
        <source>Match key</source>
        <translation>匹配键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>目标 ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changes / reasons</source>
        <translation>变更 / 原因</translation>
    </message>
</context>
<context>
    <name>crmbridge::PlanView</name>
    <message numerus="yes">
        <source>%1 — %n record(s) read</source>
        <translation>
            <numerusform>%1 — 已读取 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan to CSV</source>
        <translation>将试运行计划导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个计划项导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>尚无试运行计划</translation>
    </message>
    <message>
        <source>Select an item to see what changes.</source>
        <translation>选择一个计划项以查看变更内容。</translation>
    </message>
    <message>
        <source>Row %1 (%2) will be created with these fields:</source>
        <translation>第 %1 行（%2）将使用以下字段创建：</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (%2) updates target %3: %n field(s) change</source>
        <translation>
            <numerusform>第 %1 行（%2）将更新目标 %3：%n 个字段有变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2) is %3 — why:</source>
        <translation>第 %1 行（%2）%3，原因如下：</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Plan (dry run)</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Reads the source and the target and says, per record, what a run would do. Writes nothing.</source>
        <translation>读取源和目标，逐条记录说明运行时将执行的操作。不写入任何数据。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Plan of %1 (run %2)</source>
        <translation>%1 的试运行计划（运行 %2）</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>When planned: %1</source>
        <translation>计划时：%1</translation>
    </message>
    <message>
        <source>Row %1 (%2) is in conflict with target %3 — choose per field which side wins:</source>
        <translation>第 %1 行（%2）与目标 %3 冲突——请逐字段选择以哪一方为准：</translation>
    </message>
    <message>
        <source>Take the source for %1 of %2</source>
        <translation>%2 的 %1 以源为准</translation>
    </message>
    <message>
        <source>Keep the target for %1 of %2</source>
        <translation>%2 的 %1 保留目标值</translation>
    </message>
    <message numerus="yes">
        <source>Take the source for all fields of %n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突的全部字段以源为准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the target for all fields of %n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突的全部字段保留目标值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undecide %n field(s) of %1</source>
        <translation>
            <numerusform>撤销 %1 的 %n 个字段的判定</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 conflicts decided</source>
        <translation>%2 个冲突中已判定 %1 个</translation>
    </message>
    <message numerus="yes">
        <source> (%n partly)</source>
        <translation>
            <numerusform>（%n 个部分判定）</numerusform>
        </translation>
    </message>
    <message>
        <source> — plan again to apply them</source>
        <translation>——重新计划以应用这些判定</translation>
    </message>
    <message>
        <source>Take source</source>
        <translation>以源为准</translation>
    </message>
    <message>
        <source>The selected fields get the source&apos;s value.</source>
        <translation>所选字段取源的值。</translation>
    </message>
    <message>
        <source>Keep target</source>
        <translation>保留目标值</translation>
    </message>
    <message>
        <source>The selected fields keep the target&apos;s value.</source>
        <translation>所选字段保留目标的值。</translation>
    </message>
    <message>
        <source>Undecide</source>
        <translation>撤销判定</translation>
    </message>
    <message>
        <source>Take source for all</source>
        <translation>全部以源为准</translation>
    </message>
    <message>
        <source>Every differing field of the selected conflicts gets the source&apos;s value.</source>
        <translation>所选冲突的每个差异字段都取源的值。</translation>
    </message>
    <message>
        <source>Keep target for all</source>
        <translation>全部保留目标值</translation>
    </message>
    <message>
        <source>Every differing field of the selected conflicts keeps the target&apos;s value.</source>
        <translation>所选冲突的每个差异字段都保留目标的值。</translation>
    </message>
</context>
<context>
    <name>crmbridge::PreviewRunner</name>
    <message>
        <source>The formula does not compile: %1</source>
        <translation>公式无法编译：%1</translation>
    </message>
</context>
<context>
    <name>crmbridge::RateLimitsTab</name>
    <message>
        <source>Apply the rate-limit preset %1</source>
        <translation>应用速率限制预设 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Change requests in flight</source>
        <translation>更改并发请求数</translation>
    </message>
    <message>
        <source>Change the remaining-budget header</source>
        <translation>更改剩余配额响应头</translation>
    </message>
    <message>
        <source>Change the retry attempts</source>
        <translation>更改尝试次数</translation>
    </message>
    <message>
        <source>Change the retry delay</source>
        <translation>更改重试间隔</translation>
    </message>
    <message>
        <source>Change the longest retry delay</source>
        <translation>更改最长重试间隔</translation>
    </message>
    <message>
        <source>Vendor preset:</source>
        <translation>厂商预设：</translation>
    </message>
    <message>
        <source>Request budget:</source>
        <translation>请求配额：</translation>
    </message>
    <message>
        <source>Requests in flight:</source>
        <translation>并发请求数：</translation>
    </message>
    <message>
        <source>Remaining header:</source>
        <translation>剩余配额响应头：</translation>
    </message>
    <message>
        <source>Attempts per request:</source>
        <translation>每个请求的尝试次数：</translation>
    </message>
    <message>
        <source>First retry delay:</source>
        <translation>首次重试间隔：</translation>
    </message>
    <message>
        <source>Longest retry delay:</source>
        <translation>最长重试间隔：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Add Window</source>
        <translation>添加时间窗口</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>e.g. X-RateLimit-Remaining</source>
        <translation>例如 X-RateLimit-Remaining</translation>
    </message>
</context>
<context>
    <name>crmbridge::RateWindowsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Requests per window must be a positive whole number.</source>
        <translation>每个时间窗口的请求数必须是正整数。</translation>
    </message>
    <message>
        <source>The window must be a positive number of seconds.</source>
        <translation>时间窗口必须是正的秒数。</translation>
    </message>
    <message>
        <source>Edit the rate limit</source>
        <translation>编辑速率限制</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Add a rate-limit window</source>
        <translation>添加速率限制时间窗口</translation>
    </message>
    <message>
        <source>Remove rate-limit windows</source>
        <translation>删除速率限制时间窗口</translation>
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
    <name>crmbridge::RulesModel</name>
    <message>
        <source>not mapped</source>
        <translation>未映射</translation>
    </message>
    <message numerus="yes">
        <source>%n failing row(s)</source>
        <translation>
            <numerusform>%n 行未通过</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>目标字段</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>值映射表</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Edit formula of %1</source>
        <translation>编辑 %1 的公式</translation>
    </message>
    <message>
        <source>Rename target %1</source>
        <translation>重命名目标 %1</translation>
    </message>
    <message>
        <source>Set value map of %1</source>
        <translation>设置 %1 的值映射表</translation>
    </message>
    <message>
        <source>Edit validation of %1</source>
        <translation>编辑 %1 的校验</translation>
    </message>
    <message>
        <source>Map %1 ← %2</source>
        <translation>映射 %1 ← %2</translation>
    </message>
    <message>
        <source>Remove rule for %1</source>
        <translation>删除 %1 的规则</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n auto-map suggestion(s)</source>
        <translation>
            <numerusform>接受 %n 条自动映射建议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmbridge::RunChart</name>
    <message>
        <source>Records written per second</source>
        <translation>每秒写入记录数</translation>
    </message>
    <message>
        <source>Failures per second</source>
        <translation>每秒失败数</translation>
    </message>
    <message>
        <source>Records written and failures per second, over the seconds since the run started</source>
        <translation>每秒写入的记录数与失败数（自运行开始起按秒计）</translation>
    </message>
</context>
<context>
    <name>crmbridge::RunCountsModel</name>
    <message>
        <source>All writes</source>
        <translation>全部写入</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>crmbridge::RunHistoryModel</name>
    <message>
        <source>Plan (dry run)</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Retry of run %1</source>
        <translation>重试运行 %1</translation>
    </message>
    <message>
        <source>Run (resumed)</source>
        <translation>运行（继续）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>同步配置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Failed / invalid</source>
        <translation>失败 / 无效</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>crmbridge::RunView</name>
    <message>
        <source>Paused — requests in flight finish, no new ones start</source>
        <translation>已暂停 — 进行中的请求将完成，但不会发起新请求</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s) read</source>
        <translation>
            <numerusform>%1 — 已读取 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 writes · %3 records/s · %4 left</source>
        <translation>已写入 %1 / %2 · %3 条记录/秒 · 预计剩余时间：%4</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 in %2: %3 written, %4 failed</source>
        <translation>%1，用时 %2：已写入 %3，失败 %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 条记录/秒</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>%2 的运行 %1</translation>
    </message>
    <message>
        <source>Not written: %1 unchanged · %2 invalid · %3 in conflict · %4 skipped · %5 filtered out</source>
        <translation>未写入：未变更 %1 · 无效 %2 · 冲突 %3 · 跳过 %4 · 已筛除 %5</translation>
    </message>
    <message>
        <source>Success file: %1</source>
        <translation>成功文件：%1</translation>
    </message>
    <message>
        <source>Error file: %1</source>
        <translation>错误文件：%1</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>运行…</translation>
    </message>
    <message>
        <source>Plans again and writes to the target; every write is journaled so the run can be resumed.</source>
        <translation>重新生成试运行计划并写入目标；每次写入都会记入日志，以便继续被中断的运行。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry failed rows…</source>
        <translation>仅重试失败的行…</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚无运行</translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxPanel</name>
    <message>
        <source>Reset the sandbox</source>
        <translation>重置沙箱</translation>
    </message>
    <message>
        <source>Reset every sandbox system to its seeded data? What clients wrote to the sandbox is lost; your workspace is not touched.</source>
        <translation>要将所有沙箱系统重置为初始数据吗？客户端写入沙箱的内容将会丢失；您的工作区不受影响。</translation>
    </message>
    <message>
        <source>Faults of %1</source>
        <translation>%1 的故障</translation>
    </message>
    <message>
        <source>Running on %1, seed %2</source>
        <translation>运行于 %1，随机种子 %2</translation>
    </message>
    <message>
        <source>Stopped. Start it to give every endpoint of the demo workspace a real peer.</source>
        <translation>已停止。启动后，演示工作区的每个端点都会有一个真实的服务端可供连接。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Vendor rate limits</source>
        <translation>厂商速率限制</translation>
    </message>
    <message>
        <source>HubSpot-, Zendesk- and Mailchimp-like request budgets. Turn them off for benchmarks.</source>
        <translation>模拟 HubSpot、Zendesk 和 Mailchimp 的请求配额。进行基准测试时请关闭。</translation>
    </message>
    <message>
        <source>Reset Data…</source>
        <translation>重置数据…</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>延迟(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>抖动(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Server errors (5xx):</source>
        <translation>服务器错误 (5xx)(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Throttled (429):</source>
        <translation>限流 (429)(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Retry-After:</source>
        <translation>Retry-After(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Dropped connections:</source>
        <translation>连接中断(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Malformed bodies:</source>
        <translation>格式错误的正文(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;runcated bodies:</source>
        <translation>被截断的正文(&amp;R)：</translation>
    </message>
    <message>
        <source>Sl&amp;ow bodies:</source>
        <translation>慢速正文(&amp;O)：</translation>
    </message>
    <message>
        <source>Clear Faults</source>
        <translation>清除故障</translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxServer</name>
    <message>
        <source>The base port %1 leaves no room for the %2 sandbox systems.</source>
        <translation>从基础端口 %1 开始，没有足够的端口容纳 %2 个沙箱系统。</translation>
    </message>
    <message>
        <source>Choose a --base-port of at most %1, or 0 for free ports.</source>
        <translation>请将 --base-port 设为不大于 %1 的值，或设为 0 以使用空闲端口。</translation>
    </message>
    <message>
        <source>The sandbox scale must be 1 or more, got %1.</source>
        <translation>沙箱规模必须不小于 1，实际为 %1。</translation>
    </message>
    <message>
        <source>Give --scale 1 or more.</source>
        <translation>请将 --scale 设为 1 或更大的值。</translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxSystems</name>
    <message>
        <source>Demo CRM</source>
        <translation>演示 CRM</translation>
    </message>
    <message>
        <source>Demo ERP</source>
        <translation>演示 ERP</translation>
    </message>
    <message>
        <source>Demo Helpdesk</source>
        <translation>演示客服系统</translation>
    </message>
    <message>
        <source>Demo Marketing</source>
        <translation>演示营销系统</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook 接收端</translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxSystemsModel</name>
    <message>
        <source>Demo CRM</source>
        <translation>演示 CRM</translation>
    </message>
    <message>
        <source>Demo ERP</source>
        <translation>演示 ERP</translation>
    </message>
    <message>
        <source>Demo Helpdesk</source>
        <translation>演示客服系统</translation>
    </message>
    <message>
        <source>Demo Marketing</source>
        <translation>演示营销系统</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook 接收端</translation>
    </message>
    <message>
        <source>5xx %1 %</source>
        <translation>5xx %1%</translation>
    </message>
    <message>
        <source>429 %1 %</source>
        <translation>429 %1%</translation>
    </message>
    <message>
        <source>drops %1 %</source>
        <translation>连接中断 %1%</translation>
    </message>
    <message>
        <source>malformed %1 %</source>
        <translation>格式错误 %1%</translation>
    </message>
    <message>
        <source>truncated %1 %</source>
        <translation>截断 %1%</translation>
    </message>
    <message>
        <source>slow %1 %</source>
        <translation>慢速 %1%</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bearer token %1</source>
        <translation>Bearer 令牌 %1</translation>
    </message>
    <message>
        <source>Basic: %1 / %2</source>
        <translation>Basic：%1 / %2</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>无需登录</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Imitates</source>
        <translation>模拟对象</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>crmbridge::SchemaTreeModel</name>
    <message>
        <source>array of %1</source>
        <translation>%1 数组</translation>
    </message>
    <message>
        <source>in %1 % of records</source>
        <translation>出现在 %1% 的记录中</translation>
    </message>
    <message numerus="yes">
        <source>%n null(s)</source>
        <translation>
            <numerusform>%n 个空值</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>可选值：%1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>crmbridge::SecretStore</name>
    <message>
        <source>kept for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>read from an environment variable</source>
        <translation>从环境变量读取</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>No secret is configured</source>
        <translation>未配置机密</translation>
    </message>
    <message>
        <source>Name a keychain entry or an environment variable for it.</source>
        <translation>请为其指定钥匙串条目或环境变量。</translation>
    </message>
    <message>
        <source>Enter the secret for this session, or name an environment variable for it.</source>
        <translation>请输入本次会话使用的机密，或为其指定环境变量。</translation>
    </message>
    <message>
        <source>Set the environment variable %1, or enter the secret for this session.</source>
        <translation>请设置环境变量 %1，或输入本次会话使用的机密。</translation>
    </message>
    <message>
        <source>The secret is not available: %1</source>
        <translation>机密不可用：%1</translation>
    </message>
    <message>
        <source>the environment variable is not set</source>
        <translation>未设置该环境变量</translation>
    </message>
    <message>
        <source>no keychain is in use</source>
        <translation>未使用钥匙串</translation>
    </message>
    <message>
        <source>the keychain has no such entry</source>
        <translation>钥匙串中没有此条目</translation>
    </message>
    <message>
        <source>the keychain answered: %1</source>
        <translation>钥匙串返回：%1</translation>
    </message>
    <message>
        <source>This secret has no keychain entry name</source>
        <translation>该机密没有钥匙串条目名称</translation>
    </message>
    <message>
        <source>Give the secret a keychain entry name, or set its environment variable instead.</source>
        <translation>请为该机密指定钥匙串条目名称，或改为设置其环境变量。</translation>
    </message>
    <message>
        <source>Could not remove the secret from the keychain: %1</source>
        <translation>无法从钥匙串中删除该机密：%1</translation>
    </message>
</context>
<context>
    <name>crmbridge::SoapClient</name>
    <message>
        <source>The SOAP call was cancelled</source>
        <translation>SOAP 调用已取消</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has no SOAP service description</source>
        <translation>端点“%1”没有 SOAP 服务描述</translation>
    </message>
    <message>
        <source>Import the service&apos;s WSDL (crmbridge-cli endpoint import-wsdl URL) to create the endpoint with its operations.</source>
        <translation>请导入该服务的 WSDL（crmbridge-cli endpoint import-wsdl URL），以创建包含其操作的端点。</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation>端点“%1”</translation>
    </message>
    <message>
        <source>The SOAP client has no HTTP client</source>
        <translation>SOAP 客户端没有 HTTP 客户端</translation>
    </message>
    <message>
        <source>The SOAP call stopped: the connection was closed</source>
        <translation>SOAP 调用已中止：连接已关闭</translation>
    </message>
</context>
<context>
    <name>crmbridge::SourceSchemaModel</name>
    <message>
        <source>Source field</source>
        <translation>源字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>样本值</translation>
    </message>
</context>
<context>
    <name>crmbridge::SuggestionsModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>目标字段</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>crmbridge::SyncProfileDialog</name>
    <message>
        <source>New sync profile</source>
        <translation>新建同步配置</translation>
    </message>
    <message>
        <source>Edit sync profile</source>
        <translation>编辑同步配置</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>CSV, JSON Lines or JSON array file</source>
        <translation>CSV、JSON Lines 或 JSON 数组文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>target field, e.g. email</source>
        <translation>目标字段，例如 email</translation>
    </message>
    <message>
        <source>formula over the source, e.g. LOWER(TRIM(properties.email))</source>
        <translation>基于源的公式，例如 LOWER(TRIM(properties.email))</translation>
    </message>
    <message>
        <source>optional formula over the target, e.g. LOWER(TRIM(email))</source>
        <translation>可选，基于目标的公式，例如 LOWER(TRIM(email))</translation>
    </message>
    <message>
        <source>optional: only records where this formula is true</source>
        <translation>可选：仅处理使此公式为真的记录</translation>
    </message>
    <message>
        <source>optional source field, e.g. updatedAt</source>
        <translation>可选，源字段，例如 updatedAt</translation>
    </message>
    <message>
        <source>empty: read everything</source>
        <translation>留空：读取全部</translation>
    </message>
    <message>
        <source>one request per record</source>
        <translation>每条记录一个请求</translation>
    </message>
    <message>
        <source>newer wins: source field of the last change</source>
        <translation>以较新者为准：记录最后修改时间的源字段</translation>
    </message>
    <message>
        <source>newer wins: target field of the last change</source>
        <translation>以较新者为准：记录最后修改时间的目标字段</translation>
    </message>
    <message>
        <source>What</source>
        <translation>同步内容</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>映射：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Creates:</source>
        <translation>创建方式：</translation>
    </message>
    <message>
        <source>Matching and selection</source>
        <translation>匹配与筛选</translation>
    </message>
    <message>
        <source>Match key target field:</source>
        <translation>匹配键目标字段：</translation>
    </message>
    <message>
        <source>← source formula:</source>
        <translation>← 源公式：</translation>
    </message>
    <message>
        <source>Target formula:</source>
        <translation>目标公式：</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Incremental cursor:</source>
        <translation>增量游标：</translation>
    </message>
    <message>
        <source>High-water mark:</source>
        <translation>高水位标记：</translation>
    </message>
    <message>
        <source>How</source>
        <translation>执行方式</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批量大小：</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>并发数：</translation>
    </message>
    <message>
        <source>Conflict policy:</source>
        <translation>冲突策略：</translation>
    </message>
    <message>
        <source>Source timestamp:</source>
        <translation>源时间戳：</translation>
    </message>
    <message>
        <source>Target timestamp:</source>
        <translation>目标时间戳：</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose the source file.</source>
        <translation>请选择源文件。</translation>
    </message>
    <message>
        <source>The match key needs a source formula.</source>
        <translation>匹配键需要源公式。</translation>
    </message>
    <message>
        <source>match key source formula</source>
        <translation>匹配键源公式</translation>
    </message>
    <message>
        <source>match key target formula</source>
        <translation>匹配键目标公式</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>筛选公式</translation>
    </message>
    <message>
        <source>The %1 does not compile: %2</source>
        <translation>%1无法编译：%2</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>Record files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>记录文件 (*.csv *.jsonl *.ndjson *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>crmbridge::SyncProfilesModel</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>同步配置需要名称。</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>已有另一个同步配置名为“%1”。</translation>
    </message>
    <message>
        <source>The workspace has no mapping named &quot;%1&quot;.</source>
        <translation>工作区中没有名为“%1”的映射。</translation>
    </message>
    <message>
        <source>The source entity %1 does not exist.</source>
        <translation>源实体 %1 不存在。</translation>
    </message>
    <message>
        <source>The target entity %1 does not exist.</source>
        <translation>目标实体 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>映射：%1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>同步配置</translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation>源 → 目标</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
</context>
<context>
    <name>crmbridge::SyncsPage</name>
    <message>
        <source>Sync profile</source>
        <translation>同步配置</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>试运行计划</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Show records</source>
        <translation>显示记录</translation>
    </message>
    <message>
        <source>Failed rows…</source>
        <translation>失败的行…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1（生产）</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>（无环境）</translation>
    </message>
    <message>
        <source>New sync</source>
        <translation>新同步</translation>
    </message>
    <message>
        <source>Add sync profile %1</source>
        <translation>添加同步配置 %1</translation>
    </message>
    <message>
        <source>Edit sync profile %1</source>
        <translation>编辑同步配置 %1</translation>
    </message>
    <message>
        <source>Remove sync profile</source>
        <translation>删除同步配置</translation>
    </message>
    <message>
        <source>Remove the sync profile &quot;%1&quot;? Its run history stays. You can undo this.</source>
        <translation>要删除同步配置“%1”吗？其运行历史会保留。此操作可以撤销。</translation>
    </message>
    <message>
        <source>Remove sync profile %1</source>
        <translation>删除同步配置 %1</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; now? It writes to %2 in the environment &quot;%3&quot; (mode: %4).</source>
        <translation>要立即运行“%1”吗？它将写入环境“%3”中的 %2（模式：%4）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The last plan: %1 to create, %2 to update, %3 invalid.</source>
        <translation>上次试运行计划：将创建 %1 条，将更新 %2 条，%3 条无效。</translation>
    </message>
    <message>
        <source>Run sync</source>
        <translation>运行同步</translation>
    </message>
    <message>
        <source>Write to production</source>
        <translation>写入生产环境</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. The run changes real records in %2. Write to production?</source>
        <translation>“%1”是生产环境。此次运行将修改 %2 中的真实记录。确定要写入生产环境吗？</translation>
    </message>
    <message>
        <source>Mirror: archive target records</source>
        <translation>镜像：归档目标记录</translation>
    </message>
    <message>
        <source>This profile mirrors: target records the source no longer has are archived in %1. Archive them?</source>
        <translation>此同步配置采用镜像模式：源中已不存在的目标记录将在 %1 中归档。要归档这些记录吗？</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>%1 的运行</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. Resuming the run writes the records it has left. Continue?</source>
        <translation>“%1”是生产环境。继续运行将写入剩余的记录。是否继续？</translation>
    </message>
    <message>
        <source>Resuming run %1 of %2</source>
        <translation>正在继续 %2 的运行 %1</translation>
    </message>
    <message>
        <source>Resume an interrupted run</source>
        <translation>继续被中断的运行</translation>
    </message>
    <message>
        <source>Run %1 of &quot;%2&quot;, started %3, did not finish. Resume it now? Records it already wrote are not written again.</source>
        <translation>“%2”的运行 %1（开始于 %3）未完成。要立即继续吗？已写入的记录不会重复写入。</translation>
    </message>
    <message>
        <source>Cancelling — the requests in flight are stopped and the journal is saved…</source>
        <translation>正在取消 — 正在停止进行中的请求并保存日志…</translation>
    </message>
    <message>
        <source>Another plan or run is still going.</source>
        <translation>另一个试运行或运行仍在进行中。</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n record(s) in %1; nothing was written.</source>
        <translation>
            <numerusform>已生成 %n 条记录的试运行计划，用时 %1；未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan yet: &quot;Plan (dry run)&quot; shows what a run would do, writing nothing.</source>
        <translation>尚无试运行计划：“试运行”会显示运行时将执行的操作，且不写入任何数据。</translation>
    </message>
    <message>
        <source>Reading the records of run %1…</source>
        <translation>正在读取运行 %1 的记录…</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n record(s)</source>
        <translation>
            <numerusform>运行 %1：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the failed rows of run %1…</source>
        <translation>正在读取运行 %1 的失败行…</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>失败的行</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>仅重试失败的行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. Write the edited rows to it?</source>
        <translation>“%1”是生产环境。确定要将修改后的行写入该环境吗？</translation>
    </message>
    <message numerus="yes">
        <source>Retry of run %1 (%n edited row(s))</source>
        <translation>
            <numerusform>重试运行 %1（%n 行已修改）</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. Retry the failed rows against it?</source>
        <translation>“%1”是生产环境。确定要在该环境中重试失败的行吗？</translation>
    </message>
    <message>
        <source>Retry of the failed rows of run %1</source>
        <translation>重试运行 %1 的失败行</translation>
    </message>
</context>
<context>
    <name>crmbridge::TableActions</name>
    <message>
        <source>Copy as TSV</source>
        <translation>复制为 TSV</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>crmbridge::TestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Response header</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>（无环境）</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1（生产）</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>尚未测试。</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>没有 HTTP 响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s)</source>
        <translation>
            <numerusform>%n 条样本记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation>环境…</translation>
    </message>
</context>
<context>
    <name>crmbridge::TimelineModel</name>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>conflict (412)</source>
        <translation>冲突（412）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>起始 → 目标</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
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
<context>
    <name>crmbridge::orders::ActionRunner</name>
    <message>
        <source>order %1, reading it from the ERP</source>
        <translation>订单 %1，从 ERP 读取时</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>order %1, transition %2</source>
        <translation>订单 %1，状态转换 %2</translation>
    </message>
    <message>
        <source>The order changed on the ERP since it was read (our version %1, ETag %2; the ERP&apos;s version %3, ETag %4, status %5): %6</source>
        <translation>订单在读取后已在 ERP 中被修改（本地版本 %1，ETag %2；ERP 版本 %3，ETag %4，状态 %5）：%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Refresh the order from the ERP and try the step again, or leave it.</source>
        <translation>请从 ERP 刷新订单后重试该步骤，或保持原样。</translation>
    </message>
    <message>
        <source>The ERP refused the step (HTTP %1 %2): %3</source>
        <translation>ERP 拒绝了该步骤（HTTP %1 %2）：%3</translation>
    </message>
    <message>
        <source>The ERP does not allow this change for the order as it is there; refresh the order and check its status.</source>
        <translation>ERP 不允许对处于当前状态的该订单进行此更改；请刷新订单并检查其状态。</translation>
    </message>
    <message>
        <source>Check the order and the endpoint, then try again.</source>
        <translation>请检查订单和端点，然后重试。</translation>
    </message>
    <message>
        <source>The order changed on the ERP since it was read (our version %1; the ERP&apos;s version %2): %3 (%4)</source>
        <translation>订单在读取后已在 ERP 中被修改（本地版本 %1；ERP 版本 %2）：%3（%4）</translation>
    </message>
    <message>
        <source>The ERP refused the step with a SOAP Fault: %1 (%2)</source>
        <translation>ERP 以 SOAP 故障拒绝了该步骤：%1（%2）</translation>
    </message>
</context>
<context>
    <name>crmbridge::orders::OrderService</name>
    <message>
        <source>No %1 endpoint with an entity &quot;%2&quot; in this workspace</source>
        <translation>此工作区中没有包含实体“%2”的 %1 端点</translation>
    </message>
    <message>
        <source>Add the endpoint and its entity (the demo workspace has them).</source>
        <translation>请添加该端点及其实体（演示工作区中已包含）。</translation>
    </message>
    <message>
        <source>The lifecycle has no transition &quot;%1&quot; any more</source>
        <translation>生命周期中已不再有状态转换“%1”</translation>
    </message>
    <message>
        <source>outbox entry %1</source>
        <translation>发件箱条目 %1</translation>
    </message>
    <message>
        <source>Discard the entry, or add the transition back.</source>
        <translation>请丢弃该条目，或重新添加该状态转换。</translation>
    </message>
    <message>
        <source>outbox worker</source>
        <translation>发件箱处理程序</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>event %1 for order %2 to %3</source>
        <translation>订单 %2 的事件 %1（发送至 %3）</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>The signing secret of the webhook subscriber &quot;%1&quot; is not available: %2</source>
        <translation>Webhook 订阅者“%1”的签名机密不可用：%2</translation>
    </message>
    <message>
        <source>Store the secret in the keychain, or set the environment variable.</source>
        <translation>请将机密存入系统钥匙串，或设置相应的环境变量。</translation>
    </message>
    <message>
        <source>Order %1 is not in the ERP yet.</source>
        <translation>订单 %1 尚未在 ERP 中创建。</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Order %1 is %2; the transition &quot;%3&quot; leaves from %4 only</source>
        <translation>订单 %1 的状态为 %2；状态转换“%3”只能从 %4 出发</translation>
    </message>
    <message>
        <source>The lifecycle has no transition &quot;%1&quot;</source>
        <translation>生命周期中没有状态转换“%1”</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>No transition leaves the state %1.</source>
        <translation>没有从状态 %1 出发的状态转换。</translation>
    </message>
    <message>
        <source>From %1 the order can: %2.</source>
        <translation>处于 %1 状态的订单可执行：%2。</translation>
    </message>
    <message>
        <source>Order %1 cannot &quot;%2&quot;: required field(s) blank: %3</source>
        <translation>订单 %1 无法执行“%2”：以下必填字段为空：%3</translation>
    </message>
    <message>
        <source>Fill the fields (crmbridge-cli order set) and step again.</source>
        <translation>请填写这些字段（crmbridge-cli order set）后再次执行状态转换。</translation>
    </message>
    <message>
        <source>Order %1 cannot &quot;%2&quot;: %3</source>
        <translation>订单 %1 无法执行“%2”：%3</translation>
    </message>
    <message>
        <source>Change the order so that the guard holds, or change the lifecycle.</source>
        <translation>请修改订单使其满足守卫条件，或修改生命周期。</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is production; stepping orders writes to it</source>
        <translation>环境“%1”是生产环境；执行订单状态转换会向其写入数据</translation>
    </message>
    <message>
        <source>Confirm the write (the CLI&apos;s --yes) and step again.</source>
        <translation>请确认写入（CLI 中使用 --yes）后再次执行状态转换。</translation>
    </message>
    <message>
        <source>The ERP accepted the step, but the workspace could not record it: %1</source>
        <translation>ERP 已接受该步骤，但工作区无法记录：%1</translation>
    </message>
    <message>
        <source>Refresh the order from the ERP before stepping it again.</source>
        <translation>请先从 ERP 刷新订单，再执行状态转换。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>crmbridge::sync::SyncJob</name>
    <message>
        <source>No answer from the target (network error or timeout after retries); check the connection, then retry the failed rows.</source>
        <translation>目标没有应答（重试后仍出现网络错误或超时）；请检查连接，然后重试失败的行。</translation>
    </message>
    <message>
        <source>The target rejected the record; fix the data or the mapping, then retry the failed rows.</source>
        <translation>目标拒绝了该记录；请修正数据或映射，然后重试失败的行。</translation>
    </message>
    <message>
        <source>Fix the value of &apos;%1&apos; in the source or the mapping&apos;s rule for it, then retry the failed rows.</source>
        <translation>请修正源中“%1”的值或映射中对应的规则，然后重试失败的行。</translation>
    </message>
    <message>
        <source>Check the target endpoint&apos;s credentials and permissions, then retry the failed rows.</source>
        <translation>请检查目标端点的凭据和权限，然后重试失败的行。</translation>
    </message>
    <message>
        <source>The target record no longer exists; plan again to create it.</source>
        <translation>目标记录已不存在；请重新试运行以创建该记录。</translation>
    </message>
    <message>
        <source>A record with this key already exists in the target; check the match key of the profile.</source>
        <translation>目标中已存在具有此键的记录；请检查同步配置的匹配键。</translation>
    </message>
    <message>
        <source>The target record changed meanwhile; plan again and retry.</source>
        <translation>目标记录在此期间已被修改；请重新试运行后再重试。</translation>
    </message>
    <message>
        <source>The target kept throttling; lower the concurrency or retry the failed rows later.</source>
        <translation>目标持续限流；请降低并发数，或稍后重试失败的行。</translation>
    </message>
    <message>
        <source>The target had a server error; retry the failed rows later.</source>
        <translation>目标出现服务器错误；请稍后重试失败的行。</translation>
    </message>
    <message>
        <source>Look at the message, fix the record, then retry the failed rows.</source>
        <translation>请查看消息并修正记录，然后重试失败的行。</translation>
    </message>
    <message>
        <source>Run %1 has no failed records to retry</source>
        <translation>运行 %1 没有可重试的失败记录</translation>
    </message>
    <message>
        <source>&apos;crmbridge-cli runs show %1&apos; lists what happened.</source>
        <translation>“crmbridge-cli runs show %1”会列出具体情况。</translation>
    </message>
    <message>
        <source>Run %1 is a %2, not a sync run</source>
        <translation>运行 %1 的类型为 %2，不是同步运行</translation>
    </message>
    <message>
        <source>Only runs of kind &apos;sync&apos; can be resumed or retried.</source>
        <translation>只有类型为“sync”的运行才能继续或重试。</translation>
    </message>
    <message>
        <source>Run %1 is %2; there is nothing to resume</source>
        <translation>运行 %1 的状态为 %2；没有需要继续的内容</translation>
    </message>
    <message>
        <source>Use --retry-failed %1 to re-run its failed records.</source>
        <translation>请使用 --retry-failed %1 重新处理其失败的记录。</translation>
    </message>
    <message>
        <source>The batch size is %1; batch endpoints take at most 100 records</source>
        <translation>批量大小为 %1；批量端点最多接受 100 条记录</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is a production environment; a sync writes to it</source>
        <translation>环境“%1”是生产环境；同步会向其写入数据</translation>
    </message>
    <message>
        <source>Plan first (--dry-run), then confirm the writes with --yes.</source>
        <translation>请先试运行（--dry-run），再用 --yes 确认写入。</translation>
    </message>
    <message>
        <source>Cannot tell the format of the source file</source>
        <translation>无法判断源文件的格式</translation>
    </message>
    <message>
        <source>Set the profile&apos;s source file_format to csv, jsonl or json.</source>
        <translation>请将同步配置中源的 file_format 设为 csv、jsonl 或 json。</translation>
    </message>
    <message>
        <source>Cannot read the source file: %1</source>
        <translation>无法读取源文件：%1</translation>
    </message>
    <message>
        <source>Check the path in the profile.</source>
        <translation>请检查同步配置中的路径。</translation>
    </message>
    <message numerus="yes">
        <source>The plan archives %n target record(s) that the source no longer has</source>
        <translation>
            <numerusform>试运行计划将归档 %n 条源中已不存在的目标记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the plan (--dry-run --plan-out FILE.csv), then confirm with --yes.</source>
        <translation>请检查试运行计划（--dry-run --plan-out FILE.csv），然后用 --yes 确认。</translation>
    </message>
    <message>
        <source>Fix the source record or the mapping, then retry the failed rows.</source>
        <translation>请修正源记录或映射，然后重试失败的行。</translation>
    </message>
    <message>
        <source>found in the target on resume</source>
        <translation>继续运行时已在目标中找到</translation>
    </message>
    <message>
        <source>sync &quot;%1&quot;, record %2</source>
        <translation>同步“%1”，记录 %2</translation>
    </message>
    <message>
        <source>found in the target after an unanswered create</source>
        <translation>创建请求未获应答，之后已在目标中找到</translation>
    </message>
    <message>
        <source>The create got no answer and the record is not in the target</source>
        <translation>创建请求未获应答，且目标中没有该记录</translation>
    </message>
    <message>
        <source>Decide which side wins field by field (Syncs page, or crmbridge-cli sync-profile decide), or merge the target records; then sync again.</source>
        <translation>请逐字段判定以哪一方为准（在“同步”页面中，或使用 crmbridge-cli sync-profile decide），或合并目标记录；然后再次同步。</translation>
    </message>
    <message>
        <source>The create got no answer</source>
        <translation>创建请求没有收到应答</translation>
    </message>
    <message>
        <source>%1; the target could not be read to check whether the record was created after all: %2</source>
        <translation>%1；无法读取目标系统来核实该记录是否其实已经创建：%2</translation>
    </message>
    <message>
        <source>Look for this record in the target before retrying it: if it is there, it was created.</source>
        <translation>重试之前先在目标系统中查找这条记录：如果已经存在，说明它已创建成功。</translation>
    </message>
    <message>
        <source>The answer to this batch reported errors and did not return this record</source>
        <translation>此批次的应答报告了错误，且未返回这条记录</translation>
    </message>
    <message>
        <source>Look the record up in the target; retry the failed rows if it was not changed.</source>
        <translation>请在目标系统中查找这条记录；若它未被更改，请重试失败的行。</translation>
    </message>
</context>
</TS>
