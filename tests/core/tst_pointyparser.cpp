// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/PipelineText.h"
#include "core/pipeline/PointyParser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace volnux;

namespace {

const QStringList kNames{"A", "B", "C", "D", "E", "F", "S", "T", "fetch-data", "parse.v2", "3"};
const QStringList kErrorNames{"A", "B", "C", "D", "F", "S", "fetch", "parse"};
const QString kEventList = "Events: A, B, C, D, F, S, fetch, parse";

// A graph as one line: "i:events[*attempts] [>next] [|] [[d:node ...]]" per node, "; "-joined.
// '|' marks pipeResults. Written so a table row reads like the pipeline it tests.
QString shape(const PipelineGraph &graph, const QStringList &names)
{
    QStringList parts;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const PipelineNode &node = graph.nodes.at(i);
        QStringList events;
        for (int e : node.events)
            events << names.at(e);
        QString part = QString::number(i) + ":" + events.join("||");
        if (node.attempts)
            part += "*" + QString::number(*node.attempts);
        if (node.next >= 0)
            part += " >" + QString::number(node.next);
        if (node.pipeResults)
            part += " |";
        if (!node.branches.isEmpty()) {
            QStringList branches;
            for (auto it = node.branches.cbegin(); it != node.branches.cend(); ++it)
                branches << QString::number(it.key()) + ":" + QString::number(it.value());
            part += " [" + branches.join(' ') + "]";
        }
        parts << part;
    }
    return parts.join("; ");
}

QStringList numberedNames(int count)
{
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i)
        names << "e" + QString::number(i);
    return names;
}

} // namespace

class TestPointyParser : public QObject
{
    Q_OBJECT
private slots:
    void renameInText_data();
    void renameInText();
    void validPipelines_data();
    void validPipelines();
    void nodePositions();
    void documentationExample();
    void malformedPipelines_data();
    void malformedPipelines();
    void unknownEventWithoutEvents();
    void unknownEventListIsBounded();
    void nestingLimit();
    void parallelStepLimit();
    void caretFormatting_data();
    void caretFormatting();
    void resultCarriesFormattedError();
    void longChainParsesInLinearTime();
    void wideParallelGroupAndManyBranchGroups();
    void dotOutput_data();
    void dotOutput();
};

void TestPointyParser::renameInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sequence") << "a -> b"
                              << "a"
                              << "x"
                              << "x -> b";
    QTest::newRow("whole names only") << "fetch_all -> fetch"
                                      << "fetch"
                                      << "get"
                                      << "fetch_all -> get";
    QTest::newRow("comments and layout kept") << "a ->  b # a is first\n|-> a2"
                                              << "a"
                                              << "first"
                                              << "first ->  b # a is first\n|-> a2";
    QTest::newRow("factor and branches") << "3 * a (0 -> a, 1 -> b)"
                                         << "a"
                                         << "retry"
                                         << "3 * retry (0 -> retry, 1 -> b)";
    QTest::newRow("longer and shorter") << "ab || c || ab"
                                        << "ab"
                                        << "x"
                                        << "x || c || x";
    QTest::newRow("absent name") << "a -> b"
                                 << "zz"
                                 << "y"
                                 << "a -> b";
}

void TestPointyParser::renameInText()
{
    QFETCH(QString, text);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QCOMPARE(PipelineText::renameEvent(text, from, to), expected);
}

void TestPointyParser::validPipelines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one event") << "A"
                               << "0:A";
    QTest::newRow("sequence") << "A -> B -> C"
                              << "0:A >1; 1:B >2; 2:C";
    QTest::newRow("pipe results") << "A |-> B -> C"
                                  << "0:A >1 |; 1:B >2; 2:C";
    QTest::newRow("parallel") << "A || B || C"
                              << "0:A||B||C";
    QTest::newRow("parallel then sequence") << "A || B -> C"
                                            << "0:A||B >1; 1:C";
    QTest::newRow("sequence, parallel, pipe") << "A -> B || C |-> D"
                                              << "0:A >1; 1:B||C >2 |; 2:D";
    QTest::newRow("branches") << "A (0 -> F, 1 -> S)"
                              << "0:A [0:1 1:2]; 1:F; 2:S";
    QTest::newRow("branches then sink") << "A (0 -> F, 1 -> S) -> D"
                                        << "0:A >3 [0:1 1:2]; 1:F >3; 2:S >3; 3:D";
    QTest::newRow("branch chain then sink") << "A (0 -> F, 1 -> S -> T) -> D"
                                            << "0:A >4 [0:1 1:2]; 1:F >4; 2:S >3; 3:T >4; 4:D";
    QTest::newRow("descriptor 3") << "A (0 -> B, 1 -> C, 3 -> D)"
                                  << "0:A [0:1 1:2 3:3]; 1:B; 2:C; 3:D";
    QTest::newRow("descriptors out of order") << "A (1 -> S, 0 -> F)"
                                              << "0:A [0:2 1:1]; 1:S; 2:F";
    QTest::newRow("nested branches")
        << "A (0 -> B (0 -> C, 1 -> D), 1 -> E) -> F"
        << "0:A >5 [0:1 1:4]; 1:B >5 [0:2 1:3]; 2:C >5; 3:D >5; 4:E >5; 5:F";
    QTest::newRow("pipe after branches: branch ends pipe, branching node does not")
        << "A (0 -> F, 1 -> S) |-> D"
        << "0:A >3 [0:1 1:2]; 1:F >3 |; 2:S >3 |; 3:D";
    QTest::newRow("pipe inside a branch") << "A (0 -> B |-> C, 1 -> D)"
                                          << "0:A [0:1 1:3]; 1:B >2 |; 2:C; 3:D";
    QTest::newRow("parallel group branches") << "A || B (0 -> F, 1 -> S)"
                                             << "0:A||B [0:1 1:2]; 1:F; 2:S";
    QTest::newRow("attempts after") << "A * 3"
                                    << "0:A*3";
    QTest::newRow("attempts before") << "3 * A"
                                     << "0:A*3";
    QTest::newRow("attempts in a chain") << "A -> 2 * B -> C * 10"
                                         << "0:A >1; 1:B*2 >2; 2:C*10";
    QTest::newRow("attempts with branches") << "A * 3 (0 -> B, 1 -> C)"
                                            << "0:A*3 [0:1 1:2]; 1:B; 2:C";
    QTest::newRow("no spaces") << "A(0->B,1->C)->D*2"
                               << "0:A >3 [0:1 1:2]; 1:B >3; 2:C >3; 3:D*2";
    QTest::newRow("comments and newlines")
        << "# fetch then parse\nA   # first\n  ->\n\tB # second\n"
        << "0:A >1; 1:B";
    QTest::newRow("multi-line branches")
        << "A (\n  0 -> F,  # on failure\n  1 -> S   # on success\n)\n-> D"
        << "0:A >3 [0:1 1:2]; 1:F >3; 2:S >3; 3:D";
    QTest::newRow("CRLF line ends") << "A ->\r\nB"
                                    << "0:A >1; 1:B";
    QTest::newRow("names with '-' and '.'") << "fetch-data->parse.v2"
                                            << "0:fetch-data >1; 1:parse.v2";
    QTest::newRow("numeric event name") << "3 -> A"
                                        << "0:3 >1; 1:A";
    QTest::newRow("factor before numeric name") << "2 * 3"
                                                << "0:3*2";
    QTest::newRow("unmentioned events are left out") << "S -> F"
                                                     << "0:S >1; 1:F";
}

void TestPointyParser::validPipelines()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    PipelineError error;
    const auto graph = PointyParser::parse(text, kNames, &error);
    QVERIFY2(graph.ok(), qPrintable(graph.errorString()));
    QCOMPARE(graph->entry, 0);
    QCOMPARE(shape(*graph, kNames), expected);
}

void TestPointyParser::nodePositions()
{
    const auto graph = PointyParser::parse("A ->\n  3 * B (\n0 -> C, 1 -> D)", kNames);
    QVERIFY(graph.ok());
    QCOMPARE(graph->nodes.size(), 4);
    const QList<QPair<int, int>> expected{{1, 1}, {2, 3}, {3, 6}, {3, 14}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(graph->nodes.at(i).line, expected.at(i).first);
        QCOMPARE(graph->nodes.at(i).column, expected.at(i).second);
    }
}

// The example that opens docs/pipelines.md, so the documentation cannot drift from the parser.
void TestPointyParser::documentationExample()
{
    const QStringList names{"fetch", "alert", "parse", "store", "index", "report"};
    const QString text =
        "# Fetch with retries, then parse and store in parallel; report either way.\n"
        "fetch * 3 (\n"
        "    0 -> alert,                  # fetch failed\n"
        "    1 -> parse |-> store || index\n"
        ") -> report\n";
    const auto graph = PointyParser::parse(text, names);
    QVERIFY2(graph.ok(), qPrintable(graph.errorString()));
    QCOMPARE(shape(*graph, names), "0:fetch*3 >4 [0:1 1:2]; 1:alert >4; 2:parse >3 |; "
                                   "3:store||index >4; 4:report");
}

void TestPointyParser::malformedPipelines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QString empty = "the pipeline is empty: name at least one event, e.g. 'A -> B'";
    QTest::newRow("empty") << "" << empty << 1 << 1;
    QTest::newRow("only a comment") << "  # nothing yet\n" << empty << 1 << 1;
    QTest::newRow("dangling arrow") << "A ->"
                                    << "'->' must be followed by an event name" << 1 << 3;
    QTest::newRow("dangling arrow before comment")
        << "A -> B ->  # later\n\n"
        << "'->' must be followed by an event name" << 1 << 8;
    QTest::newRow("dangling pipe arrow") << "A |->"
                                         << "'|->' must be followed by an event name" << 1 << 3;
    QTest::newRow("dangling parallel") << "A ||"
                                       << "'||' must be followed by an event name" << 1 << 3;
    QTest::newRow("leading arrow") << "-> A"
                                   << "expected an event name, found '->'" << 1 << 1;
    QTest::newRow("double arrow") << "A -> -> B"
                                  << "expected an event name after '->', found '->'" << 1 << 6;
    QTest::newRow("missing arrow") << "A B"
                                   << "expected '->' or '|->' before 'B'" << 1 << 3;
    QTest::newRow("unknown event, close name")
        << "fech"
        << "unknown event 'fech', did you mean 'fetch'? " + kEventList << 1 << 1;
    QTest::newRow("unknown event, other case")
        << "A -> Parse"
        << "unknown event 'Parse', did you mean 'parse'? " + kEventList << 1 << 6;
    QTest::newRow("unknown event, swapped letters")
        << "fecth"
        << "unknown event 'fecth', did you mean 'fetch'? " + kEventList << 1 << 1;
    QTest::newRow("unknown one-letter event, other case")
        << "a"
        << "unknown event 'a', did you mean 'A'? " + kEventList << 1 << 1;
    QTest::newRow("unknown one-letter event") << "x"
                                              << "unknown event 'x'. " + kEventList << 1 << 1;
    QTest::newRow("unknown event, nothing close")
        << "A -> zzzzzz"
        << "unknown event 'zzzzzz'. " + kEventList << 1 << 6;
    QTest::newRow("unknown event on line 2")
        << "A -> B\n  -> fech -> C"
        << "unknown event 'fech', did you mean 'fetch'? " + kEventList << 2 << 6;
    QTest::newRow("unclosed parenthesis")
        << "A (0 -> B, 1 -> C"
        << "unclosed '(': the branch group has no matching ')'" << 1 << 3;
    QTest::newRow("unclosed inner parenthesis")
        << "A (0 -> B, 1 -> C (0 -> D, 1 -> F)"
        << "unclosed '(': the branch group has no matching ')'" << 1 << 3;
    QTest::newRow("unclosed innermost parenthesis")
        << "A (0 -> B, 1 -> C (0 -> D"
        << "unclosed '(': the branch group has no matching ')'" << 1 << 19;
    QTest::newRow("unmatched ')'") << "A -> B)"
                                   << "unexpected ')' with no matching '('" << 1 << 7;
    QTest::newRow("bad descriptor")
        << "A (x -> B, 1 -> C)"
        << "expected a branch descriptor (a digit 0-9), found 'x'" << 1 << 4;
    QTest::newRow("descriptor out of range")
        << "A (10 -> B, 1 -> C)"
        << "branch descriptor 10 is out of range: descriptors are single digits 0-9" << 1 << 4;
    QTest::newRow("descriptor repeated")
        << "A (1 -> B,\n   1 -> C)"
        << "branch descriptor 1 is used twice in this group (first at line 1, column 4)" << 2 << 4;
    QTest::newRow("one branch")
        << "A (0 -> B)"
        << "a branch group needs at least two branches, found one; to always run a step next, "
           "use '->'"
        << 1 << 3;
    QTest::newRow("empty branch group")
        << "A ()"
        << "empty branch group: write branches like '(0 -> F, 1 -> S)'" << 1 << 4;
    QTest::newRow("descriptor without arrow")
        << "A (0 B, 1 -> C)"
        << "expected '->' after branch descriptor 0, found 'B'" << 1 << 6;
    QTest::newRow("pipe arrow after descriptor")
        << "A (0 |-> B, 1 -> C)"
        << "a branch starts with '->', not '|->'" << 1 << 6;
    QTest::newRow("missing comma") << "A (0 -> B 1 -> C)"
                                   << "expected '->', '|->', ',' or ')' before '1'" << 1 << 11;
    QTest::newRow("double comma") << "A (0 -> B,, 1 -> C)"
                                  << "expected a branch descriptor (a digit 0-9), found ','" << 1
                                  << 11;
    QTest::newRow("trailing comma")
        << "A (0 -> B, 1 -> C,)"
        << "expected a branch descriptor (a digit 0-9), found ')'" << 1 << 19;
    QTest::newRow("branch without event")
        << "A (0 -> , 1 -> C)"
        << "expected an event name after '->', found ','" << 1 << 9;
    QTest::newRow("factor 1") << "A * 1"
                              << "attempts factor must be at least 2, found 1" << 1 << 5;
    QTest::newRow("factor 0 before") << "0 * A"
                                     << "attempts factor must be at least 2, found 0" << 1 << 1;
    QTest::newRow("factor not a number")
        << "A * x"
        << "expected a number of attempts after '*', found 'x'" << 1 << 5;
    QTest::newRow("factor missing")
        << "A *"
        << "expected a number of attempts after '*', found the end of the pipeline" << 1 << 4;
    QTest::newRow("factor fractional")
        << "A * 2.5"
        << "expected a number of attempts after '*', found '2.5'" << 1 << 5;
    QTest::newRow("factor negative")
        << "A * -2"
        << "expected a number of attempts after '*', found character '-'" << 1 << 5;
    QTest::newRow("factor too large")
        << "A * 9999999"
        << "attempts factor 9999999 is too large: at most 1000000" << 1 << 5;
    QTest::newRow("factor given twice")
        << "3 * A * 4"
        << "attempts for 'A' are already given: write '* N' once" << 1 << 7;
    QTest::newRow("factor without event") << "3 *"
                                          << "'3 *' must be followed by an event name" << 1 << 3;
    QTest::newRow("factor in parallel group")
        << "A * 3 || B"
        << "'* 3' cannot be used inside a parallel group: it would apply to every event of the "
           "step; set the event's retry_policy.max_attempts instead"
        << 1 << 3;
    QTest::newRow("branches inside a parallel group")
        << "A (0 -> B, 1 -> C) || D"
        << "a step with branches cannot be part of a parallel group; put the branches after the "
           "whole group, e.g. 'A || B (0 -> F, 1 -> S)'"
        << 1 << 20;
    QTest::newRow("two branch groups")
        << "A (0 -> B, 1 -> C) (0 -> D, 1 -> F)"
        << "a step can have only one branch group; join the next step with '->'" << 1 << 20;
    QTest::newRow("factor on a branch group")
        << "A (0 -> B, 1 -> C) * 2"
        << "'*' must follow an event name, not a branch group" << 1 << 20;
    QTest::newRow("parenthesised chain") << "(A -> B)"
                                         << "expected an event name, found '('" << 1 << 1;
    QTest::newRow("parenthesised event")
        << "A -> (B)"
        << "expected an event name after '->', found '(': '(' holds the branches of the step "
           "before it"
        << 1 << 6;
    QTest::newRow("comma at top level") << "A, B"
                                        << "unexpected ',' outside a branch group" << 1 << 2;
    QTest::newRow("event twice")
        << "A -> B -> A"
        << "event 'A' appears twice in the pipeline (first at line 1, column 1): an event runs at "
           "most once per run"
        << 1 << 11;
    QTest::newRow("event twice across branches")
        << "A (0 -> B, 1 -> B)"
        << "event 'B' appears twice in the pipeline (first at line 1, column 9): an event runs at "
           "most once per run"
        << 1 << 17;
    QTest::newRow("stray character") << "A -> B $"
                                     << "unexpected character '$'" << 1 << 8;
    QTest::newRow("single bar") << "A | B"
                                << "unexpected character '|', did you mean '||' or '|->'?" << 1
                                << 3;
    QTest::newRow("triple bar") << "A ||| B"
                                << "unexpected character '|', did you mean '||' or '|->'?" << 1
                                << 5;
    QTest::newRow("split arrow") << "A - > B"
                                 << "unexpected character '-', did you mean '->'?" << 1 << 3;
    QTest::newRow("long arrow") << "A ->> B"
                                << "unexpected character '>', did you mean '->'?" << 1 << 5;
    QTest::newRow("unicode arrow")
        << QString("A \u2192 B") << QString("unexpected character '\u2192', did you mean '->'?")
        << 1 << 3;
    QTest::newRow("quoted name")
        << "A -> \"B\""
        << "unexpected character '\"': event names are written without quotes" << 1 << 6;
    QTest::newRow("control character")
        << QString("A\u0001") << "unexpected character U+0001" << 1 << 2;
    QTest::newRow("tab counts as one column") << "A ->\tB\t$"
                                              << "unexpected character '$'" << 1 << 8;
    QTest::newRow("error on a later line")
        << "A ->\n\n  )"
        << "expected an event name after '->', found ')'" << 3 << 3;
}

void TestPointyParser::malformedPipelines()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    PipelineError error;
    const auto graph = PointyParser::parse(text, kErrorNames, &error);
    QVERIFY(!graph.ok());
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestPointyParser::unknownEventWithoutEvents()
{
    PipelineError error;
    QVERIFY(!PointyParser::parse("A", {}, &error).ok());
    QCOMPARE(error.message, "unknown event 'A': the project has no events");
}

void TestPointyParser::unknownEventListIsBounded()
{
    PipelineError error;
    QVERIFY(!PointyParser::parse("e3 -> x", numberedNames(25), &error).ok());
    QCOMPARE(error.message, "unknown event 'x'. Events: e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, "
                            "e10, e11, e12, e13, e14, e15, e16, e17, e18, e19 and 5 more");
}

void TestPointyParser::nestingLimit()
{
    // e0 (0 -> e1 (0 -> e2 (... , 1 -> x) , 1 -> x) ...: `depth` nested groups.
    auto nested = [](int depth) {
        QString text;
        for (int i = 0; i < depth; ++i)
            text += "e" + QString::number(i) + " (0 -> ";
        text += "e" + QString::number(depth);
        for (int i = depth - 1; i >= 0; --i)
            text += ", 1 -> f" + QString::number(i) + ")";
        return text;
    };
    QStringList names = numberedNames(PointyParser::kMaxNesting + 2);
    for (int i = 0; i <= PointyParser::kMaxNesting; ++i)
        names << "f" + QString::number(i);

    const auto deepest = PointyParser::parse(nested(PointyParser::kMaxNesting), names);
    QVERIFY2(deepest.ok(), qPrintable(deepest.errorString()));
    QCOMPARE(deepest->nodes.size(), 2 * PointyParser::kMaxNesting + 1);

    PipelineError error;
    const QString tooDeep = nested(PointyParser::kMaxNesting + 1);
    QVERIFY(!PointyParser::parse(tooDeep, names, &error).ok());
    QCOMPARE(error.message, "branch groups nested too deeply: at most 200 levels of '('");
    QCOMPARE(error.line, 1);
    // The 201st '(' is the one reported.
    int at = -1;
    for (int i = 0; i <= PointyParser::kMaxNesting; ++i)
        at = int(tooDeep.indexOf('(', at + 1));
    QCOMPARE(error.column, at + 1);
}

// The events of a parallel step run at once, each on threads of its own: a step of 1,024 events
// is the widest, and the '||' that would add another is the error's place.
void TestPointyParser::parallelStepLimit()
{
    const QStringList names = numberedNames(PointyParser::kMaxParallel + 1);
    const QString widest = names.mid(0, PointyParser::kMaxParallel).join(" || ");
    const auto parsed = PointyParser::parse(widest, names);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->nodes.size(), 1);
    QCOMPARE(parsed->nodes.first().events.size(), PointyParser::kMaxParallel);

    PipelineError error;
    const QString tooWide = names.join(" || ");
    QVERIFY(!PointyParser::parse(tooWide, names, &error).ok());
    QCOMPARE(error.message, "a parallel step joins at most 1024 events: they all run at the same "
                            "time, each on threads of its own; give the work to the tasks of "
                            "fewer events");
    // The '||' that would add the 1,025th event is the one reported.
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, int(tooWide.lastIndexOf("||")) + 1);
}

void TestPointyParser::caretFormatting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("caret under the name")
        << "A -> fech"
        << "line 1, column 6: unknown event 'fech', did you mean 'fetch'? " + kEventList +
               "\n    A -> fech\n         ^~~~";
    QTest::newRow("second line, CRLF")
        << "A ->\r\n  B $\r\n"
        << "line 2, column 5: unexpected character '$'\n      B $\n        ^";
    QTest::newRow("tabs keep alignment")
        << "\tA\t-> B)"
        << "line 1, column 8: unexpected ')' with no matching '('\n    \tA\t-> B)\n    \t \t    ^";
    QTest::newRow("dangling arrow points at the arrow")
        << "A |->\n"
        << "line 1, column 3: '|->' must be followed by an event name\n    A |->\n      ^~~";
    QTest::newRow("error at the very start of several lines")
        << "-> A\nB -> C\n"
        << "line 1, column 1: expected an event name, found '->'\n    -> A\n    ^~";
    QTest::newRow("only a comment")
        << "# later\n# much later"
        << "line 1, column 1: the pipeline is empty: name at least one event, e.g. "
           "'A -> B'\n    # later\n    ^";
    QTest::newRow("empty pipeline")
        << ""
        << "line 1, column 1: the pipeline is empty: name at least one event, e.g. "
           "'A -> B'\n    \n    ^";
}

void TestPointyParser::caretFormatting()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    PipelineError error;
    QVERIFY(!PointyParser::parse(text, kErrorNames, &error).ok());
    QCOMPARE(error.formatted(), formatted);
}

void TestPointyParser::resultCarriesFormattedError()
{
    PipelineError error;
    const auto graph = PointyParser::parse("A -> ", kErrorNames, &error);
    QVERIFY(!graph.ok());
    QCOMPARE(graph.errors(), QStringList{error.formatted()});
    QCOMPARE(error.toString(), "line 1, column 3: '->' must be followed by an event name");
}

void TestPointyParser::longChainParsesInLinearTime()
{
    constexpr int count = 10000;
    const QStringList names = numberedNames(count);
    const QString text = names.join(" -> ");
    QElapsedTimer timer;
    timer.start();
    const auto graph = PointyParser::parse(text, names);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(graph.ok());
    QCOMPARE(graph->nodes.size(), count);
    QCOMPARE(graph->entry, 0);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(graph->nodes.at(i).events, QList<int>{i});
        QCOMPARE(graph->nodes.at(i).next, i + 1 < count ? i + 1 : -1);
    }
    // Linear parsing takes a few milliseconds; a quadratic one would take far longer. Generous
    // so a loaded machine does not fail it.
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed) + " ms"));
}

void TestPointyParser::wideParallelGroupAndManyBranchGroups()
{
    const QStringList names = numberedNames(30000);
    // Ten of the widest parallel steps, one after another: 10,240 events.
    QStringList wideSteps;
    for (int first = 0; first < 10 * PointyParser::kMaxParallel;
         first += PointyParser::kMaxParallel)
        wideSteps << names.mid(first, PointyParser::kMaxParallel).join(" || ");
    const auto wide = PointyParser::parse(wideSteps.join(" -> "), names);
    QVERIFY2(wide.ok(), qPrintable(wide.errorString()));
    QCOMPARE(wide->nodes.size(), 10);
    QCOMPARE(wide->nodes.last().events.size(), PointyParser::kMaxParallel);
    QCOMPARE(wide->nodes.last().events.first(), 9 * PointyParser::kMaxParallel);

    // 10,000 branch groups in a row: e0 (0 -> e1, 1 -> e2) -> e3 (0 -> e4, 1 -> e5) -> ...
    QStringList steps;
    for (int i = 0; i < 30000; i += 3)
        steps << QString("e%1 (0 -> e%2, 1 -> e%3)").arg(i).arg(i + 1).arg(i + 2);
    const auto branches = PointyParser::parse(steps.join(" -> "), names);
    QVERIFY(branches.ok());
    QCOMPARE(branches->nodes.size(), 30000);
    QCOMPARE(branches->nodes.at(29997).branches, (QMap<int, int>{{0, 29998}, {1, 29999}}));
    QCOMPARE(branches->nodes.at(29995).next, 29997); // the end of a branch joins the next step
    QCOMPARE(branches->nodes.at(29994).next, 29997); // so does the branching node itself
}

void TestPointyParser::dotOutput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("sequence") << "A -> B"
                              << QStringList{"    n0 [label=\"A\"];", "    n1 [label=\"B\"];",
                                             "    n0 -> n1;"};
    QTest::newRow("pipe results") << "A |-> B"
                                  << QStringList{
                                         "    n0 -> n1 [style=bold, color=blue, label=\"|->\"];"};
    QTest::newRow("attempts") << "A * 3 -> B" << QStringList{"    n0 [label=\"A\\n* 3\"];"};
    QTest::newRow("branches and sink")
        << "A (0 -> F, 1 -> S) -> D"
        << QStringList{"    n0 -> n1 [label=\"0\"];", "    n0 -> n2 [label=\"1\"];",
                       "    n0 -> n3 [style=dashed, label=\"other\"];", "    n1 -> n3;",
                       "    n2 -> n3;"};
    QTest::newRow("parallel cluster")
        << "A -> B || C -> D"
        << QStringList{"    subgraph cluster_1 {",          "        n1_0 [label=\"B\"];",
                       "        n1_1 [label=\"C\"];",       "        { rank=same; n1_0; n1_1; }",
                       "    n0 -> n1_0 [lhead=cluster_1];", "    n1_0 -> n2 [ltail=cluster_1];"};
}

void TestPointyParser::dotOutput()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    const auto graph = PointyParser::parse(text, kNames);
    QVERIFY(graph.ok());
    const QString dot = graph->toDot(kNames, "demo \"x\"");
    QVERIFY(dot.startsWith("digraph \"demo \\\"x\\\"\" {\n"));
    QVERIFY(dot.endsWith("}\n"));
    const QStringList dotLines = dot.split('\n');
    for (const QString &line : lines)
        QVERIFY2(dotLines.contains(line), qPrintable("missing: " + line + "\nin:\n" + dot));
}

QTEST_GUILESS_MAIN(TestPointyParser)
#include "tst_pointyparser.moc"
