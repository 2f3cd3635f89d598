#include "core/importers/curlimporter.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace crmbridge {

Result<QStringList> CurlImporter::splitWords(const QString &command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    const qsizetype n = command.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = command.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < n && command.at(i + 1) == QLatin1Char('\n')) {
                ++i; // continuation: the backslash and the newline vanish
                continue;
            }
            if (i + 2 < n && command.at(i + 1) == QLatin1Char('\r') && command.at(i + 2) == QLatin1Char('\n')) {
                i += 2;
                continue;
            }
            if (i + 1 < n) {
                word.append(command.at(++i));
                inWord = true;
            }
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype end = command.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return Error::input(tr("The cURL command has an unclosed single quote"), tr("column %1").arg(i + 1),
                                    tr("Close the quote, or copy the whole command again."));
            word.append(command.mid(i + 1, end - i - 1));
            i = end;
            inWord = true;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < n && command.at(i + 1) == QLatin1Char('\'')) {
            // $'…': C escapes inside single quotes.
            qsizetype j = i + 2;
            for (; j < n && command.at(j) != QLatin1Char('\''); ++j) {
                QChar d = command.at(j);
                if (d == QLatin1Char('\\') && j + 1 < n) {
                    const QChar e = command.at(++j);
                    switch (e.unicode()) {
                    case 'n': d = QLatin1Char('\n'); break;
                    case 't': d = QLatin1Char('\t'); break;
                    case 'r': d = QLatin1Char('\r'); break;
                    case 'u':
                    case 'x': {
                        const int len = e == QLatin1Char('u') ? 4 : 2;
                        bool ok = false;
                        const uint code = command.mid(j + 1, len).toUInt(&ok, 16);
                        if (ok) {
                            d = QChar(char16_t(code));
                            j += len;
                        } else {
                            d = e;
                        }
                        break;
                    }
                    default: d = e; break;
                    }
                }
                word.append(d);
            }
            if (j >= n)
                return Error::input(tr("The cURL command has an unclosed $'…' quote"), tr("column %1").arg(i + 1),
                                    tr("Close the quote, or copy the whole command again."));
            i = j;
            inWord = true;
            continue;
        }
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            for (; j < n && command.at(j) != QLatin1Char('"'); ++j) {
                const QChar d = command.at(j);
                if (d == QLatin1Char('\\') && j + 1 < n) {
                    const QChar e = command.at(j + 1);
                    if (e == QLatin1Char('\n')) {
                        ++j;
                        continue;
                    }
                    if (e == QLatin1Char('"') || e == QLatin1Char('\\') || e == QLatin1Char('$') || e == QLatin1Char('`')) {
                        word.append(e);
                        ++j;
                        continue;
                    }
                }
                word.append(d);
            }
            if (j >= n)
                return Error::input(tr("The cURL command has an unclosed double quote"), tr("column %1").arg(i + 1),
                                    tr("Close the quote, or copy the whole command again."));
            i = j;
            inWord = true;
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
            continue;
        }
        word.append(c);
        inWord = true;
    }
    if (inWord)
        words.append(word);
    return words;
}

namespace {

// Options that take a value; the rest are flags.
const char *const kValueOptions[] = {"-X", "--request", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary",
                                     "--data-ascii", "--data-urlencode", "--json", "-u", "--user", "--url", "-A",
                                     "--user-agent", "-e", "--referer", "-b", "--cookie", "--oauth2-bearer", "-o",
                                     "--output", "-m", "--max-time", "--connect-timeout", "-x", "--proxy", "--cacert",
                                     "-E", "--cert", "-F", "--form", "-T", "--upload-file", "-w", "--write-out", "-r",
                                     "--range", "--retry", "-c", "--cookie-jar", "--resolve"};

bool takesValue(const QString &option)
{
    for (const char *o : kValueOptions) {
        if (option == QLatin1String(o))
            return true;
    }
    return false;
}

bool isSecretHeader(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("api[-_]?key|apikey|auth[-_]?token|access[-_]?token|private[-_]?token"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool isSecretQuery(const QString &name)
{
    static const QStringList names = {QStringLiteral("api_key"), QStringLiteral("apikey"), QStringLiteral("api-key"),
                                      QStringLiteral("hapikey"), QStringLiteral("key"), QStringLiteral("access_token"),
                                      QStringLiteral("token"), QStringLiteral("auth_token")};
    return names.contains(name, Qt::CaseInsensitive);
}

} // namespace

Result<CurlImport> CurlImporter::parse(const QString &command)
{
    auto split = splitWords(command.trimmed());
    if (!split)
        return split.error();
    QStringList words = split.value();
    if (!words.isEmpty() && (words.first() == QLatin1String("curl") || words.first().endsWith(QLatin1String("/curl"))
                             || words.first() == QLatin1String("curl.exe")))
        words.removeFirst();
    if (words.isEmpty())
        return Error::input(tr("The cURL command is empty"), {}, tr("Paste a command such as: curl https://api.example.com/contacts"));

    CurlImport out;
    ImportedRequest &req = out.request;
    QString method;
    QStringList data;
    bool get = false;
    QString url;
    QStringList ignored;

    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        QString value;
        bool hasValue = false;
        if (word.startsWith(QLatin1String("--")) && word.contains(QLatin1Char('='))) {
            value = word.section(QLatin1Char('='), 1);
            word = word.section(QLatin1Char('='), 0, 0);
            hasValue = true;
        } else if (word.size() > 2 && word.startsWith(QLatin1Char('-')) && !word.startsWith(QLatin1String("--"))
                   && takesValue(word.left(2))) {
            value = word.mid(2); // -XPOST, -HAccept:…
            word = word.left(2);
            hasValue = true;
        }
        if (takesValue(word) && !hasValue) {
            if (i + 1 >= words.size())
                return Error::input(tr("The option %1 needs a value").arg(word), tr("word %1").arg(i + 1),
                                    tr("Add the value after %1, or remove the option.").arg(word));
            value = words.at(++i);
        }
        if (word == QLatin1String("-X") || word == QLatin1String("--request")) {
            method = value.toUpper();
        } else if (word == QLatin1String("-H") || word == QLatin1String("--header")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                out.notes.append(tr("The header \"%1\" has no name: value form and was left out.").arg(value));
                continue;
            }
            req.headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
        } else if (word == QLatin1String("-d") || word == QLatin1String("--data") || word == QLatin1String("--data-raw")
                   || word == QLatin1String("--data-binary") || word == QLatin1String("--data-ascii")) {
            if (value.startsWith(QLatin1Char('@')) && word != QLatin1String("--data-raw")) {
                out.notes.append(tr("The body comes from the file %1, which is not read; paste its content instead.").arg(value.mid(1)));
                continue;
            }
            if (word == QLatin1String("-d") || word == QLatin1String("--data") || word == QLatin1String("--data-ascii"))
                value.remove(QLatin1Char('\n')).remove(QLatin1Char('\r')); // curl strips them for -d
            data.append(value);
        } else if (word == QLatin1String("--data-urlencode")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq < 0)
                data.append(QString::fromLatin1(QUrl::toPercentEncoding(value)));
            else
                data.append(value.left(eq) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value.mid(eq + 1))));
        } else if (word == QLatin1String("--json")) {
            data.append(value);
            req.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
            req.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
        } else if (word == QLatin1String("-u") || word == QLatin1String("--user")) {
            out.auth.kind = AuthKind::Basic;
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            out.auth.username = colon < 0 ? value : value.left(colon);
            out.secret = colon < 0 ? QString() : value.mid(colon + 1);
            if (colon < 0)
                out.notes.append(tr("-u names the user %1 without a password; enter the password when you save the endpoint.").arg(value));
        } else if (word == QLatin1String("--oauth2-bearer")) {
            out.auth.kind = AuthKind::Bearer;
            out.secret = value;
        } else if (word == QLatin1String("--url")) {
            url = value;
        } else if (word == QLatin1String("-A") || word == QLatin1String("--user-agent")) {
            req.headers.append({QStringLiteral("User-Agent"), value});
        } else if (word == QLatin1String("-e") || word == QLatin1String("--referer")) {
            req.headers.append({QStringLiteral("Referer"), value});
        } else if (word == QLatin1String("-b") || word == QLatin1String("--cookie")) {
            req.headers.append({QStringLiteral("Cookie"), value});
        } else if (word == QLatin1String("-G") || word == QLatin1String("--get")) {
            get = true;
        } else if (word == QLatin1String("-k") || word == QLatin1String("--insecure")) {
            out.insecure = true;
            out.notes.append(tr("-k turns certificate checks off; CRM Bridge keeps them on unless you allow self-signed certificates on the endpoint."));
        } else if (word == QLatin1String("--compressed")) {
            out.notes.append(tr("--compressed was ignored: CRM Bridge always accepts compressed answers."));
        } else if (word == QLatin1String("-I") || word == QLatin1String("--head")) {
            method = QStringLiteral("HEAD");
        } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            ignored.append(hasValue || takesValue(word) ? word + QLatin1Char(' ') + value : word);
        } else if (url.isEmpty()) {
            url = word;
        } else {
            out.notes.append(tr("The extra word \"%1\" was ignored (only one URL per request).").arg(word));
        }
    }
    if (!ignored.isEmpty())
        out.notes.append(tr("Ignored options that do not change the request: %1").arg(ignored.join(QStringLiteral(", "))));
    if (url.isEmpty())
        return Error::input(tr("The cURL command has no URL"), {}, tr("Add the address, e.g. curl https://api.example.com/contacts"));
    if (!url.contains(QLatin1String("://"))) {
        url.prepend(QStringLiteral("http://"));
        out.notes.append(tr("The URL has no scheme; http:// was assumed, as cURL does."));
    }

    QUrl parsed(url);
    if (!parsed.isValid())
        return Error::input(tr("The URL \"%1\" is not valid: %2").arg(url, parsed.errorString()), {},
                            tr("Check the address in the command."));
    QString body = data.join(QLatin1Char('&'));
    if (get && !body.isEmpty()) {
        QString query = parsed.query(QUrl::FullyEncoded);
        parsed.setQuery(query.isEmpty() ? body : query + QLatin1Char('&') + body);
        body.clear();
    }
    if (method.isEmpty())
        method = body.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
    if (!body.isEmpty()) {
        bool hasType = false;
        for (const HeaderValue &h : std::as_const(req.headers))
            hasType = hasType || h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        if (!hasType)
            req.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
    }

    // Secrets out of the headers and the query string: they go to the caller, not the request.
    for (qsizetype i = 0; i < req.headers.size(); ++i) {
        const HeaderValue h = req.headers.at(i);
        if (h.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            const QString scheme = h.value.section(QLatin1Char(' '), 0, 0);
            const QString credential = h.value.section(QLatin1Char(' '), 1).trimmed();
            if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0) {
                out.auth.kind = AuthKind::Bearer;
                out.secret = credential;
            } else if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0) {
                const QString decoded = QString::fromUtf8(QByteArray::fromBase64(credential.toLatin1()));
                out.auth.kind = AuthKind::Basic;
                out.auth.username = decoded.section(QLatin1Char(':'), 0, 0);
                out.secret = decoded.section(QLatin1Char(':'), 1);
            } else {
                // "Klaviyo-API-Key pk_…", "Token token=…": the whole value is the key.
                out.auth.kind = AuthKind::ApiKeyHeader;
                out.auth.keyName = h.name;
                out.secret = h.value;
            }
            req.headers.removeAt(i--);
        } else if (isSecretHeader(h.name)) {
            out.auth.kind = AuthKind::ApiKeyHeader;
            out.auth.keyName = h.name;
            out.secret = h.value;
            req.headers.removeAt(i--);
        }
    }
    QUrlQuery query(parsed);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (isSecretQuery(item.first) && out.secret.isEmpty()) {
            out.auth.kind = AuthKind::ApiKeyQuery;
            out.auth.keyName = item.first;
            out.secret = item.second;
            query.removeAllQueryItems(item.first);
            parsed.setQuery(query);
        }
    }

    req.method = method;
    req.url = parsed.toString(QUrl::FullyEncoded);
    req.body = body.toUtf8();
    req.name = method + QLatin1Char(' ') + (parsed.path().isEmpty() ? QStringLiteral("/") : parsed.path());
    return out;
}

} // namespace crmbridge
