#include "templateengine.h"

#include "common/logging.h"
#include "lexer.h"
#include "parser.h"
#include "runtime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace ztp::templates {

QString TemplateError::toString() const
{
    return u"%1:%2:%3: %4"_s.arg(templateName).arg(line).arg(column).arg(message);
}

// State shared by an Environment and the templates it compiled. Templates point to it weakly,
// because the cache inside it owns templates and a strong pointer would form a cycle.
struct EnvironmentData
{
    struct CacheEntry
    {
        std::shared_ptr<const Template> compiled;
        QDateTime modified;
        qint64 size = 0;
    };

    EngineOptions options;
    mutable QMutex mutex;
    QString searchPath;                       // guarded by mutex
    mutable QHash<QString, CacheEntry> cache; // guarded by mutex
};

namespace {

std::shared_ptr<const Template> compileTemplate(const std::shared_ptr<EnvironmentData> &environment,
                                                const QString &name, const QString &source,
                                                TemplateError *error)
{
    auto data = std::make_shared<TemplateData>();
    data->name = name;
    data->options = environment->options;
    data->environment = environment;
    data->source = source;
    data->sourceSha256 = QString::fromLatin1(
        QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
    try {
        Lexer lexer(source, data->options);
        Parser parser(lexer, lexer.tokenize(), *data);
        parser.parse();
    } catch (const RenderException &e) {
        if (error)
            *error = TemplateError{name, e.pos.line, e.pos.column, e.message};
        return nullptr;
    }
    return std::make_shared<const Template>(std::move(data));
}

// Maps a template name to a file below the search path the way Jinja2's FileSystemLoader
// splits names: "/"-separated, "." and empty parts skipped, ".." rejected. Symbolic links
// that lead outside the search path are rejected too.
QString resolveTemplatePath(const QString &searchPath, const QString &name)
{
    if (searchPath.isEmpty())
        return QString();
    QStringList parts;
    for (const QString &part : name.split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u".." || part.contains(u'\\'))
            return QString();
        parts.append(part);
    }
    if (parts.isEmpty())
        return QString();

    const QString root = QFileInfo(searchPath).canonicalFilePath();
    const QString path = QFileInfo(QDir(searchPath).filePath(parts.join(u'/'))).canonicalFilePath();
    if (root.isEmpty() || path.isEmpty() || !path.startsWith(root + u'/'))
        return QString();
    return path;
}

} // namespace

std::shared_ptr<const Template> loadTemplate(const std::shared_ptr<EnvironmentData> &environment,
                                             const QString &name, TemplateError *error, bool *notFound)
{
    QMutexLocker locker(&environment->mutex);
    *notFound = false;

    const QString path = resolveTemplatePath(environment->searchPath, name);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile()) {
        *notFound = true;
        environment->cache.remove(name);
        *error = TemplateError{name, 0, 0,
                               u"template '%1' not found in the search path '%2'"_s.arg(name, environment->searchPath)};
        return nullptr;
    }

    const auto cached = environment->cache.constFind(name);
    if (cached != environment->cache.cend() && cached->modified == info.lastModified()
        && cached->size == info.size())
        return cached->compiled;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TemplateError{name, 0, 0, u"cannot read template file %1: %2"_s.arg(path, file.errorString())};
        return nullptr;
    }
    const QString source = QString::fromUtf8(file.readAll());
    qCDebug(lcTemplates) << "compiling" << name << "from" << path;

    auto compiled = compileTemplate(environment, name, source, error);
    if (!compiled) {
        environment->cache.remove(name);
        return nullptr;
    }
    environment->cache.insert(name, EnvironmentData::CacheEntry{compiled, info.lastModified(), info.size()});
    return compiled;
}

Environment::Environment(EngineOptions options) : m_data(std::make_shared<EnvironmentData>())
{
    m_data->options = options;
}

Environment::~Environment() = default;

EngineOptions Environment::options() const
{
    return m_data->options;
}

void Environment::setSearchPath(const QString &directory)
{
    QMutexLocker locker(&m_data->mutex);
    m_data->searchPath = directory;
    m_data->cache.clear();
}

QString Environment::searchPath() const
{
    QMutexLocker locker(&m_data->mutex);
    return m_data->searchPath;
}

std::shared_ptr<const Template> Environment::compile(const QString &name, const QString &source,
                                                     TemplateError *error) const
{
    return compileTemplate(m_data, name, source, error);
}

std::shared_ptr<const Template> Environment::load(const QString &name, TemplateError *error) const
{
    TemplateError ignored;
    bool notFound = false;
    return loadTemplate(m_data, name, error ? error : &ignored, &notFound);
}

Template::Template(std::shared_ptr<const TemplateData> data) : m_data(std::move(data)) { }

Template::~Template() = default;

QString Template::name() const
{
    return m_data->name;
}

QString Template::sourceSha256() const
{
    return m_data->sourceSha256;
}

QString Template::source() const
{
    return m_data->source;
}

QStringList Template::undeclaredVariables() const
{
    return m_data->undeclared;
}

QString Template::render(const QVariantMap &variables, TemplateError *error) const
{
    RenderState state{m_data->options, m_data->environment.lock(), &variables};
    auto root = std::make_shared<RootScope>(*m_data, true);
    QString output = QStringLiteral(""); // not null, so that an empty result still means success
    output.reserve(m_data->lastOutputSize.load(std::memory_order_relaxed) + 256);
    Context context(state, *m_data, root, &output);
    try {
        renderBody(m_data->body, context);
    } catch (const RenderException &e) {
        if (error) {
            const QString name = e.templateName.isNull() ? m_data->name : e.templateName;
            *error = TemplateError{name, e.pos.line, e.pos.column, e.message};
        }
        return QString();
    }
    m_data->lastOutputSize.store(output.size(), std::memory_order_relaxed);
    return output;
}

} // namespace ztp::templates
