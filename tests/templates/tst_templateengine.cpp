// Unit tests of the template engine that need no Python: error positions, limits against
// hostile templates, the search path and cache, undeclaredVariables() and concurrency.

#include "templates/templateengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using ztp::templates::EngineOptions;
using ztp::templates::Environment;
using ztp::templates::TemplateError;

namespace {

const QString kSearchPath = QStringLiteral(ZTP_TEMPLATE_TEST_DATA "/search");

// Compiles and renders the source. Returns the output, or a null string with *error filled.
QString renderSource(const Environment &environment, const QString &source, const QVariantMap &variables,
                     TemplateError *error)
{
    const auto compiled = environment.compile(u"test.j2"_s, source, error);
    if (!compiled)
        return QString();
    return compiled->render(variables, error);
}

QVariantMap fromJson(const char *json)
{
    return QJsonDocument::fromJson(json).toVariant().toMap();
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(contents);
}

} // namespace

class TestTemplateEngine : public QObject
{
    Q_OBJECT

private slots:
    void errorPosition_data();
    void errorPosition();
    void errorToString();
    void includedTemplateErrorNamesIt();
    void importedMacroErrorNamesIt();

    void limit_data();
    void limit();
    void renderTimeLimit();

    void loadFromSearchPath();
    void loadReloadsChangedFile();
    void loadRejectsNamesOutsideSearchPath_data();
    void loadRejectsNamesOutsideSearchPath();
    void loadRejectsSymlinkOutside();
    void includeWithoutSearchPath();
    void includeAfterEnvironmentDestroyed();

    void undeclaredVariables_data();
    void undeclaredVariables();

    void variantTypes();
    void emptyOutputIsNotNull();
    void concurrentRenders();
};

void TestTemplateEngine::errorPosition_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("variables");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("undefined name") << u"{{ missing }}"_s << u"{}"_s << 1 << 4 << u"'missing' is undefined"_s;
    QTest::newRow("undefined attribute") << u"a\n  {{ x.y }}"_s << u"{\"x\": {}}"_s << 2 << 8
                                         << u"'dict object' has no attribute 'y'"_s;
    QTest::newRow("undefined list element") << u"{{ l[3] }}"_s << u"{\"l\": [1]}"_s << 1 << 5
                                            << u"'list object' has no element 3"_s;
    QTest::newRow("undefined in condition") << u"x\ny\n{% if nope %}{% endif %}"_s << u"{}"_s << 3 << 7
                                            << u"'nope' is undefined"_s;
    QTest::newRow("column after non-ASCII text") << u"é {{ x }}"_s << u"{}"_s << 1 << 6 << u"'x' is undefined"_s;
    QTest::newRow("missing expression") << u"{% if %}{% endif %}"_s << u"{}"_s << 1 << 7 << u"Expected an expression"_s;
    QTest::newRow("unknown filter") << u"{{ 1 | nope }}"_s << u"{}"_s << 1 << 8 << u"No filter named 'nope'"_s;
    QTest::newRow("unknown test") << u"{{ 1 is nope }}"_s << u"{}"_s << 1 << 9 << u"No test named 'nope'"_s;
    QTest::newRow("unknown tag") << u"\n {% frob %}"_s << u"{}"_s << 2 << 5 << u"unknown tag 'frob'"_s;
    QTest::newRow("unclosed block points at opener") << u"x\n{% for a in b %}\nbody"_s << u"{}"_s << 2 << 4
                                                     << u"Unexpected end of template"_s;
    QTest::newRow("unexpected character") << u"{{ 1 $ }}"_s << u"{}"_s << 1 << 6 << u"unexpected char '$'"_s;
    QTest::newRow("unclosed comment") << u"ab\n{# x"_s << u"{}"_s << 2 << 1 << u"Missing end of comment tag"_s;
    QTest::newRow("division by zero") << u"{{ 1 / 0 }}"_s << u"{}"_s << 1 << 6 << u"ZeroDivisionError"_s;
    QTest::newRow("type error") << u"{{ 'a' + 1 }}"_s << u"{}"_s << 1 << 8 << u"can only concatenate str"_s;
    QTest::newRow("macro parameter not passed") << u"{% macro m(a) %}\n  {{ a }}{% endmacro %}{{ m() }}"_s << u"{}"_s
                                                << 2 << 6 << u"parameter 'a' was not provided"_s;
    QTest::newRow("crlf counts one line") << u"a\r\nb\r\n{{ z }}"_s << u"{}"_s << 3 << 4 << u"'z' is undefined"_s;
    // Missing attributes store only the name and the owner's type until an error is raised.
    QTest::newRow("attribute of None") << u"{{ n.x }}"_s << u"{\"n\": null}"_s << 1 << 6
                                       << u"'None' has no attribute 'x'"_s;
    QTest::newRow("attribute of tuple") << u"{{ (1, 2).x }}"_s << u"{}"_s << 1 << 11
                                        << u"'tuple object' has no attribute 'x'"_s;
    QTest::newRow("attribute of namespace") << u"{% set ns = namespace() %}{{ ns.x }}"_s << u"{}"_s << 1 << 33
                                            << u"'jinja2.utils.Namespace object' has no attribute 'x'"_s;
    QTest::newRow("stored undefined read later") << u"{% set v = d.q %}\n{{ v }}"_s << u"{\"d\": {}}"_s << 2 << 4
                                                 << u"'dict object' has no attribute 'q'"_s;
}

void TestTemplateEngine::errorPosition()
{
    QFETCH(QString, source);
    QFETCH(QString, variables);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    Environment environment;
    TemplateError error;
    const QString output = renderSource(environment, source, fromJson(variables.toUtf8().constData()), &error);

    QVERIFY2(output.isNull(), qPrintable(output));
    QCOMPARE(error.templateName, u"test.j2"_s);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestTemplateEngine::errorToString()
{
    const TemplateError error{u"leaf.j2"_s, 12, 5, u"'vlan' is undefined"_s};
    QCOMPARE(error.toString(), u"leaf.j2:12:5: 'vlan' is undefined"_s);
}

void TestTemplateEngine::includedTemplateErrorNamesIt()
{
    Environment environment;
    environment.setSearchPath(kSearchPath);
    TemplateError error;
    const QString output = renderSource(environment, u"first\n{% include 'broken.j2' %}"_s, {}, &error);

    QVERIFY(output.isNull());
    QCOMPARE(error.templateName, u"broken.j2"_s);
    QCOMPARE(error.line, 2);
}

void TestTemplateEngine::importedMacroErrorNamesIt()
{
    Environment environment;
    environment.setSearchPath(kSearchPath);
    TemplateError error;
    const QString output = renderSource(environment, u"{% import 'macros.j2' as m %}{{ m.vlan() }}"_s, {}, &error);

    QVERIFY(output.isNull());
    QCOMPARE(error.templateName, u"macros.j2"_s);
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(u"parameter 'id' was not provided"_s), qPrintable(error.message));
}

void TestTemplateEngine::limit_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("maxOutputSize");
    QTest::addColumn<int>("maxLoopIterations");
    QTest::addColumn<QString>("message");

    QTest::newRow("macro recursion") << u"{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}"_s << 1'000'000 << 1'000'000
                                     << u"nested more than 64 levels"_s;
    QTest::newRow("include recursion") << u"{% include 'recursive.j2' %}"_s << 1'000'000 << 1'000'000
                                       << u"nested more than 64 levels"_s;
    QTest::newRow("output size") << u"{% for i in range(100) %}{{ 'x' * 50 }}{% endfor %}"_s << 1000 << 1'000'000
                                 << u"output exceeds the limit of 1000"_s;
    QTest::newRow("output size in macro buffer")
        << u"{% macro m() %}{% for i in range(100) %}xxxxxxxxxx{% endfor %}{% endmacro %}{% set s = m() %}"_s << 500
        << 1'000'000 << u"output exceeds the limit of 500"_s;
    QTest::newRow("string repetition") << u"{{ 'x' * 100000 }}"_s << 1000 << 1'000'000
                                       << u"exceed the output size limit of 1000"_s;
    QTest::newRow("doubling concatenation") << u"{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"_s
                                            << 1000 << 1'000'000 << u"exceeds the output size limit of 1000"_s;
    QTest::newRow("ljust width") << u"{{ 'x'.ljust(5000000000) }}"_s << 1000 << 1'000'000
                                 << u"output exceeds the limit of 1000"_s;
    QTest::newRow("center width") << u"{{ 'x'.center(5000000000, '*') }}"_s << 1000 << 1'000'000
                                  << u"output exceeds the limit of 1000"_s;
    QTest::newRow("zfill width") << u"{{ '7'.zfill(5000000000) }}"_s << 1000 << 1'000'000
                                 << u"output exceeds the limit of 1000"_s;
    QTest::newRow("replace method growth") << u"{{ ('x' * 100).replace('x', 'y' * 100) }}"_s << 1000 << 1'000'000
                                           << u"output exceeds the limit of 1000"_s;
    QTest::newRow("replace filter growth") << u"{{ ('x' * 100) | replace('x', 'y' * 100) }}"_s << 1000 << 1'000'000
                                           << u"output exceeds the limit of 1000"_s;
    QTest::newRow("range size") << u"{% for i in range(5000) %}{% endfor %}"_s << 1'000'000 << 1000
                                << u"limit of 1000 loop iterations"_s;
    QTest::newRow("nested loops") << u"{% for i in range(30) %}{% for j in range(40) %}{% endfor %}{% endfor %}"_s
                                  << 1'000'000 << 1000 << u"limit of 1000 loop iterations"_s;
    QTest::newRow("nested list literals")
        << u"{% set ns = namespace(l=[]) %}{% for i in range(5000) %}{% set ns.l = [ns.l] %}{% endfor %}"_s
        << 1'000'000 << 1'000'000 << u"nested more than 1000 levels"_s;
    QTest::newRow("nested filter results")
        << u"{% set ns = namespace(l=[1]) %}{% for i in range(5000) %}{% set ns.l = ns.l | batch(1) | list %}{% endfor %}"_s
        << 1'000'000 << 1'000'000 << u"nested more than 1000 levels"_s;
    QTest::newRow("nested through append")
        << u"{% set ns = namespace(l=[]) %}{% for i in range(5000) %}{% set outer = [] %}{% set _ = outer.append(ns.l) %}{% set ns.l = outer %}{% endfor %}"_s
        << 1'000'000 << 1'000'000 << u"nested more than 1000 levels"_s;
    QTest::newRow("list growth") << u"{% set l = [1] %}{% for i in range(600) %}{% set _ = l.extend(l) %}{% endfor %}"_s
                                 << 1'000'000 << 1000 << u"limit of 1000 loop iterations"_s;
}

void TestTemplateEngine::limit()
{
    QFETCH(QString, source);
    QFETCH(int, maxOutputSize);
    QFETCH(int, maxLoopIterations);
    QFETCH(QString, message);

    EngineOptions options;
    options.maxOutputSize = maxOutputSize;
    options.maxLoopIterations = maxLoopIterations;
    Environment environment(options);
    environment.setSearchPath(kSearchPath);
    TemplateError error;
    const QString output = renderSource(environment, source, {}, &error);

    QVERIFY2(output.isNull(), "the render should have hit the limit");
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QVERIFY2(error.line > 0, qPrintable(error.toString()));
}

// A render that stays under the iteration limit but runs long is stopped by the clock.
void TestTemplateEngine::renderTimeLimit()
{
    EngineOptions options;
    options.maxRenderMilliseconds = 50;
    Environment environment(options);
    TemplateError error;
    const QString source
        = u"{% for i in range(3000) %}{% for j in range(3000) %}{% set x = i * j %}{% endfor %}{% endfor %}"_s;

    QElapsedTimer timer;
    timer.start();
    const QString output = renderSource(environment, source, {}, &error);

    QVERIFY2(output.isNull(), "the render should have hit the time limit");
    QVERIFY2(error.message.contains(u"longer than the limit of 50 ms"_s), qPrintable(error.toString()));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestTemplateEngine::loadFromSearchPath()
{
    Environment environment;
    environment.setSearchPath(kSearchPath);
    TemplateError error;
    const auto first = environment.load(u"hostname.j2"_s, &error);
    QVERIFY2(first, qPrintable(error.toString()));
    QCOMPARE(first->name(), u"hostname.j2"_s);
    QCOMPARE(first->render({{u"hostname"_s, u"leaf-1"_s}}, &error), u"hostname leaf-1"_s);

    const auto second = environment.load(u"./hostname.j2"_s, &error);
    QVERIFY(second);
    QCOMPARE(environment.load(u"hostname.j2"_s, &error).get(), first.get());

    QVERIFY(!environment.load(u"absent.j2"_s, &error));
    QCOMPARE(error.templateName, u"absent.j2"_s);
    QCOMPARE(error.line, 0);
    QVERIFY2(error.message.contains(u"not found"_s), qPrintable(error.message));

    QVERIFY(!environment.load(u"broken.j2"_s, &error));
    QCOMPARE(error.templateName, u"broken.j2"_s);
    QCOMPARE(error.line, 2);
}

void TestTemplateEngine::loadReloadsChangedFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"t.j2"_s);
    writeFile(path, "one");

    Environment environment;
    environment.setSearchPath(directory.path());
    TemplateError error;
    const auto first = environment.load(u"t.j2"_s, &error);
    QVERIFY2(first, qPrintable(error.toString()));
    QCOMPARE(first->render({}, &error), u"one"_s);

    writeFile(path, "second version");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(10), QFileDevice::FileModificationTime));
    file.close();

    const auto second = environment.load(u"t.j2"_s, &error);
    QVERIFY2(second, qPrintable(error.toString()));
    QVERIFY(second.get() != first.get());
    QCOMPARE(second->render({}, &error), u"second version"_s);
    QCOMPARE(first->render({}, &error), u"one"_s); // a compiled template never changes
}

void TestTemplateEngine::loadRejectsNamesOutsideSearchPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent directory") << u"../templates/search/hostname.j2"_s;
    QTest::newRow("parent inside path") << u"sub/../../search/hostname.j2"_s;
    QTest::newRow("absolute path") << u"/etc/hostname"_s;
    QTest::newRow("backslash") << u"..\\search\\hostname.j2"_s;
    QTest::newRow("empty name") << QString();
    QTest::newRow("directory") << u"."_s;
}

void TestTemplateEngine::loadRejectsNamesOutsideSearchPath()
{
    QFETCH(QString, name);
    Environment environment;
    environment.setSearchPath(kSearchPath);
    TemplateError error;
    QVERIFY(!environment.load(name, &error));
    QVERIFY2(error.message.contains(u"not found"_s), qPrintable(error.message));
}

void TestTemplateEngine::loadRejectsSymlinkOutside()
{
    QTemporaryDir outside;
    QTemporaryDir searchPath;
    QVERIFY(outside.isValid() && searchPath.isValid());
    writeFile(outside.filePath(u"secret.j2"_s), "secret");
    writeFile(searchPath.filePath(u"inside.j2"_s), "inside");
    QVERIFY(QFile::link(outside.filePath(u"secret.j2"_s), searchPath.filePath(u"link.j2"_s)));

    Environment environment;
    environment.setSearchPath(searchPath.path());
    TemplateError error;
    QVERIFY(environment.load(u"inside.j2"_s, &error));
    QVERIFY(!environment.load(u"link.j2"_s, &error));
    QVERIFY2(error.message.contains(u"not found"_s), qPrintable(error.message));
}

void TestTemplateEngine::includeWithoutSearchPath()
{
    Environment environment;
    TemplateError error;
    const QString output = renderSource(environment, u"a\n{% include 'hostname.j2' %}"_s, {}, &error);
    QVERIFY(output.isNull());
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(u"not found"_s), qPrintable(error.message));
}

void TestTemplateEngine::includeAfterEnvironmentDestroyed()
{
    std::shared_ptr<const ztp::templates::Template> compiled;
    TemplateError error;
    {
        Environment environment;
        environment.setSearchPath(kSearchPath);
        compiled = environment.compile(u"t"_s, u"{{ 1 }}{% include 'hostname.j2' %}"_s, &error);
        QVERIFY(compiled);
    }
    QVERIFY(compiled->render({{u"hostname"_s, u"x"_s}}, &error).isNull());
    QVERIFY2(error.message.contains(u"no longer exists"_s), qPrintable(error.message));
}

void TestTemplateEngine::undeclaredVariables_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain names") << u"{{ b }}{{ a.x }}{{ a }}"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("set before use") << u"{% set b = 1 %}{{ b }}"_s << QStringList{};
    QTest::newRow("use before set") << u"{{ c }}{% set c = 1 %}"_s << QStringList{u"c"_s};
    QTest::newRow("set reads itself") << u"{% set n = n + 1 %}"_s << QStringList{u"n"_s};
    QTest::newRow("loop target and loop") << u"{% for x in items %}{{ x }}{{ loop.index }}{% endfor %}"_s
                                          << QStringList{u"items"_s};
    QTest::newRow("loop target out of scope") << u"{% for x in [] %}{% endfor %}{{ x }}"_s << QStringList{u"x"_s};
    QTest::newRow("macro parameters") << u"{% macro m(p, q=r) %}{{ p }}{{ q }}{{ s }}{% endmacro %}{{ m(1) }}"_s
                                      << QStringList{u"r"_s, u"s"_s};
    QTest::newRow("globals and literals") << u"{{ range(3) }}{{ namespace() }}{{ true }}{{ none }}"_s << QStringList{};
    QTest::newRow("imports") << u"{% import 'macros.j2' as m %}{% from 'macros.j2' import vlan %}{{ m.x }}{{ vlan(1) }}"_s
                             << QStringList{};
    QTest::newRow("filter arguments") << u"{{ a | default(b) | join(sep) }}"_s << QStringList{u"a"_s, u"b"_s, u"sep"_s};
}

void TestTemplateEngine::undeclaredVariables()
{
    QFETCH(QString, source);
    QFETCH(QStringList, expected);

    Environment environment;
    TemplateError error;
    const auto compiled = environment.compile(u"t"_s, source, &error);
    QVERIFY2(compiled, qPrintable(error.toString()));
    QCOMPARE(compiled->undeclaredVariables(), expected);
}

void TestTemplateEngine::variantTypes()
{
    QVariantMap variables;
    variables.insert(u"text"_s, u"abc"_s);
    variables.insert(u"integer"_s, 42);
    variables.insert(u"longLong"_s, qint64(1) << 40);
    variables.insert(u"real"_s, 2.5);
    variables.insert(u"flag"_s, true);
    variables.insert(u"null"_s, QVariant::fromValue(nullptr));
    variables.insert(u"invalid"_s, QVariant());
    variables.insert(u"strings"_s, QStringList{u"a"_s, u"b"_s});
    variables.insert(u"hash"_s, QVariantHash{{u"z"_s, 1}, {u"a"_s, 2}});
    variables.insert(u"map"_s, QVariantMap{{u"k"_s, QVariantList{1, u"x"_s}}});

    Environment environment;
    TemplateError error;
    const QString output = renderSource(
        environment,
        u"{{ text }} {{ integer }} {{ longLong }} {{ real }} {{ flag }} {{ null }} {{ invalid is none }} "
        u"{{ strings }} {{ hash }} {{ map }}"_s,
        variables, &error);

    QCOMPARE(output, u"abc 42 1099511627776 2.5 True None True ['a', 'b'] {'a': 2, 'z': 1} {'k': [1, 'x']}"_s);
}

void TestTemplateEngine::emptyOutputIsNotNull()
{
    Environment environment;
    TemplateError error;
    const QString output = renderSource(environment, u"{% if false %}x{% endif %}"_s, {}, &error);
    QVERIFY(!output.isNull());
    QVERIFY(output.isEmpty());
}

void TestTemplateEngine::concurrentRenders()
{
    Environment environment;
    environment.setSearchPath(kSearchPath);
    TemplateError error;
    const auto compiled = environment.compile(
        u"t"_s,
        u"{% import 'macros.j2' as m %}{% for v in vlans %}{{ m.vlan(v, 'n' ~ v) }}\n{% endfor %}{{ hostname | upper }}"_s,
        &error);
    QVERIFY2(compiled, qPrintable(error.toString()));

    constexpr int kThreads = 4;
    constexpr int kRenders = 200;
    std::vector<int> mismatches(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kRenders; ++i) {
                const QString hostname = u"sw-%1-%2"_s.arg(t).arg(i);
                const QVariantMap variables{{u"hostname"_s, hostname}, {u"vlans"_s, QVariantList{i, i + 1}}};
                TemplateError threadError;
                const QString expected = u"vlan %1\n name n%1\nvlan %2\n name n%2\n%3"_s.arg(i).arg(i + 1).arg(hostname.toUpper());
                if (compiled->render(variables, &threadError) != expected)
                    ++mismatches[size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(mismatches[size_t(t)], 0);
}

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
