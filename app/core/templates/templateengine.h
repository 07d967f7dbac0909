#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

// A Jinja2 template engine (the subset described in README.md next to this file), written because
// Debian 12 packages no C++ Jinja2 library. Output is meant to be byte-identical to Python's
// jinja2 3.1 with default Environment settings; tests/templates checks that against python3-jinja2.
namespace ztp::templates {

struct TemplateData;
struct EnvironmentData;

// A syntax or render error, located in the template that caused it.
struct TemplateError
{
    QString templateName;
    int line = 0;   // 1-based; 0 when no position applies (for example a missing file)
    int column = 0; // 1-based, counted in UTF-16 code units
    QString message;

    // Formats the error as "name:line:column: message".
    QString toString() const;
};

struct EngineOptions
{
    bool trimBlocks = false;     // drop the first newline after a block tag or comment
    bool lstripBlocks = false;   // drop spaces and tabs before a block tag or comment at line start
    bool strictUndefined = true; // printing, iterating or testing an undefined value is an error

    // Limits against hostile templates; exceeding one fails the render with an error naming it.
    int maxRecursionDepth = 64;               // nested macro calls plus includes and imports
    qint64 maxOutputSize = 64 * 1024 * 1024;  // UTF-16 code units of output, including buffers
    qint64 maxLoopIterations = 10'000'000;    // for-loop iterations and range() items per render
    // Wall-clock time of one render, checked every few thousand loop iterations, so that a slow
    // template cannot hold up the servers that render on their own thread; 0 turns it off.
    qint64 maxRenderMilliseconds = 3000;
};

class Template;

// Owns the options, the search path and the cache of templates loaded from it. compile() and
// load() may be called from several threads at once.
class Environment
{
public:
    explicit Environment(EngineOptions options = {});
    ~Environment();

    Environment(const Environment &) = delete;
    Environment &operator=(const Environment &) = delete;

    EngineOptions options() const;

    // Sets the directory that {% include %}, {% import %} and load() read from. Template names
    // are relative paths with "/" separators; names that resolve outside it are rejected.
    void setSearchPath(const QString &directory);
    QString searchPath() const;

    // Compiles source without caching it; includes and imports inside it still use the search
    // path. Returns nullptr and fills *error (if given) on a syntax error.
    std::shared_ptr<const Template> compile(const QString &name, const QString &source,
                                            TemplateError *error) const;

    // Loads and compiles a template from the search path. The result is cached and recompiled
    // when the file's modification time or size changes.
    std::shared_ptr<const Template> load(const QString &name, TemplateError *error) const;

private:
    std::shared_ptr<EnvironmentData> m_data;
};

// A compiled template. Immutable, so several threads may render the same one concurrently.
class Template
{
public:
    explicit Template(std::shared_ptr<const TemplateData> data);
    ~Template();

    // Renders with the given variables: QString, integers, double, bool, null, QVariantList and
    // QVariantMap values, as QJsonDocument::toVariant() produces. Returns a null QString and
    // fills *error (if given) on failure.
    QString render(const QVariantMap &variables, TemplateError *error) const;

    // Top-level names that the template reads before (or without) setting them, sorted, for
    // linting missing variables. Built-in globals such as range() are left out, and so are
    // names read only inside included templates.
    QStringList undeclaredVariables() const;

    QString name() const;

    // Hex SHA-256 of the source as UTF-8: the template revision this object was compiled from.
    QString sourceSha256() const;
    // The source this object was compiled from, so that the revision can be stored as it was
    // rendered even when the file has changed since.
    QString source() const;

    // The compiled syntax tree, for the engine's include and import statements.
    const TemplateData &data() const { return *m_data; }

private:
    std::shared_ptr<const TemplateData> m_data;
};

} // namespace ztp::templates
