// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/PointyParser.h"

#include "core/UserText.h"
#include "core/pipeline/PointyLexer.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace volnux {

namespace {

using Kind = PointyToken::Kind;

constexpr int kListedNamesLimit = 20;    // an unknown-name error lists at most this many events
constexpr int kSuggestionMaxLength = 64; // longer names get no "did you mean" (edit distance cost)

// A chain being parsed: the top-level pipeline, or one branch of a branch group.
struct Chain
{
    int owner = -1;      // the branching node this chain is a branch of; -1 at top level
    int descriptor = -1; // its descriptor in the owner's branches
    bool empty = true;   // no step yet
    QList<int> tails;    // nodes whose `next` becomes the chain's next step
    bool pipe = false;   // the next step was joined with '|->'
};

// A branch group `( d -> chain, ... )` being parsed.
struct Group
{
    int node = -1;                      // the branching node
    PointyToken open;                   // its '('
    QMap<int, PointyToken> descriptors; // where each descriptor was written
    QList<int> tails;                   // tails of its finished branches
};

// One term of a step: `A`, `A * 3` or `3 * A`.
struct Term
{
    int event = -1;
    std::optional<int> attempts;
    PointyToken star; // the '*' when attempts were given
};

QString quoted(const QString &text)
{
    return UserText::quoted(text, UserText::kMaxQuoted, u'\'');
}

// A single character as messages show it: quoted, or as a code point when it is not printable.
QString characterName(const QString &text)
{
    if (text.size() == 1 && !text.at(0).isPrint())
        return QStringLiteral("U+%1").arg(text.at(0).unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return quoted(text);
}

// How the parser names a token in "found ..." messages.
QString describe(const PointyToken &token)
{
    if (token.kind == Kind::End)
        return QStringLiteral("the end of the pipeline");
    if (token.kind == Kind::Invalid)
        return QStringLiteral("character ") + characterName(token.text);
    return quoted(token.text);
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a.at(i - 1).toCaseFolded() == b.at(j - 1).toCaseFolded() ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The closest existing name, when it is close enough to be a plausible typo.
QString closestName(const QString &name, const QStringList &names)
{
    if (name.size() > kSuggestionMaxLength)
        return QString();
    // Two edits for most names, more for long ones, but never so many that nothing is left
    // of the name: 'x' is no typo of 'e0'.
    const int allowed = std::min(std::max(2, int(name.size()) / 3), int(name.size()) - 1);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : names) {
        if (std::abs(candidate.size() - name.size()) > allowed ||
            candidate.size() > kSuggestionMaxLength)
            continue;
        const int d = editDistance(name, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString unknownEventMessage(const QString &name, const QStringList &names)
{
    if (names.isEmpty())
        return QStringLiteral("unknown event %1: the project has no events").arg(quoted(name));
    QString message = QStringLiteral("unknown event %1").arg(quoted(name));
    const QString suggestion = closestName(name, names);
    if (!suggestion.isEmpty())
        message += QStringLiteral(", did you mean %1?").arg(quoted(suggestion));
    else
        message += QLatin1Char('.');
    message += QStringLiteral(" Events: ") + names.mid(0, kListedNamesLimit).join(u", ");
    if (names.size() > kListedNamesLimit)
        message += QStringLiteral(" and %1 more").arg(names.size() - kListedNamesLimit);
    return message;
}

QString invalidCharacterMessage(const PointyToken &token)
{
    QString message = QStringLiteral("unexpected %1").arg(describe(token));
    const QString c = token.text;
    if (c == u"|")
        message += QStringLiteral(", did you mean '||' or '|->'?");
    else if (c == u"-" || c == u">" || c == u"\u2192" || c == u"=")
        message += QStringLiteral(", did you mean '->'?");
    else if (c == u"\"" || c == u"'")
        message += QStringLiteral(": event names are written without quotes");
    return message;
}

// The parse itself: a loop over two states (a step is expected / a step just ended) with the
// open chains and branch groups on explicit stacks.
class PointyParse
{
public:
    PointyParse(const QString &text, const QStringList &eventNames)
        : m_text(text), m_names(eventNames), m_tokens(PointyLexer::tokenize(text))
    {
        m_eventIndex.reserve(eventNames.size());
        for (qsizetype i = eventNames.size() - 1; i >= 0; --i)
            m_eventIndex.insert(eventNames.at(i), int(i));
    }

    bool run();
    PipelineGraph &graph() { return m_graph; }
    const PipelineError &error() const { return m_error; }

private:
    enum class State
    {
        ExpectStep,
        AfterStep,
        Done
    };

    const PointyToken &peek() const { return m_tokens.at(m_pos); }
    const PointyToken &previous() const { return m_tokens.at(std::max(0, m_pos - 1)); }
    const PointyToken &next() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    bool fail(const PointyToken &at, const QString &message);

    bool step();
    bool expectEventName(const QString &after);
    bool term(Term &term);
    bool attemptsFactor(const PointyToken &number, std::optional<int> &attempts);
    bool resolve(const PointyToken &name, int &event);
    void link(int node);
    bool openGroup(int node);
    bool branchHead();
    bool afterStep();
    void finishBranch();
    bool closeGroup();

    const QString &m_text;
    const QStringList &m_names;
    QList<PointyToken> m_tokens;
    int m_pos = 0;
    State m_state = State::ExpectStep;
    QList<Chain> m_chains;
    QList<Group> m_groups;
    QHash<QString, int> m_eventIndex;
    QHash<int, PointyToken> m_used; // event index -> where the pipeline names it
    PipelineGraph m_graph;
    PipelineError m_error;
};

bool PointyParse::fail(const PointyToken &at, const QString &message)
{
    m_error.line = at.line;
    m_error.column = at.column;
    m_error.length = std::max(1, at.length());
    m_error.message = message;
    // lastIndexOf() counts a negative start from the end, so the first line needs its own case.
    const qsizetype begin =
        at.offset == 0 ? 0 : m_text.lastIndexOf(QLatin1Char('\n'), qsizetype(at.offset) - 1) + 1;
    qsizetype end = m_text.indexOf(QLatin1Char('\n'), at.offset);
    if (end < 0)
        end = m_text.size();
    if (end > begin && m_text.at(end - 1) == QLatin1Char('\r'))
        --end;
    m_error.sourceLine = m_text.mid(begin, end - begin);
    return false;
}

bool PointyParse::run()
{
    if (peek().kind == Kind::End) {
        PointyToken start;
        return fail(start, QStringLiteral("the pipeline is empty: name at least one event, "
                                          "e.g. 'A -> B'"));
    }
    m_chains.append(Chain{});
    while (m_state != State::Done) {
        const bool ok = m_state == State::ExpectStep ? step() : afterStep();
        if (!ok)
            return false;
    }
    return true;
}

// A step: terms joined by '||', then optionally a branch group.
bool PointyParse::step()
{
    const PointyToken start = peek();
    QList<Term> terms;
    for (;;) {
        if (!expectEventName(terms.isEmpty() ? previous().text : QStringLiteral("||")))
            return false;
        Term t;
        if (!term(t))
            return false;
        terms.append(t);
        if (peek().kind != Kind::Parallel)
            break;
        if (terms.size() >= PointyParser::kMaxParallel)
            return fail(peek(), QStringLiteral("a parallel step joins at most %1 events: they all "
                                               "run at the same time, each on threads of its "
                                               "own; give the work to the tasks of fewer events")
                                    .arg(PointyParser::kMaxParallel));
        next();
    }
    PipelineNode node;
    for (const Term &t : std::as_const(terms)) {
        if (terms.size() > 1 && t.attempts)
            return fail(t.star, QStringLiteral("'* %1' cannot be used inside a parallel group: it "
                                               "would apply to every event of the step; set the "
                                               "event's retry_policy.max_attempts instead")
                                    .arg(*t.attempts));
        node.events.append(t.event);
        node.attempts = t.attempts;
    }
    const int index = int(m_graph.nodes.size());
    node.line = start.line;
    node.column = start.column;
    m_graph.nodes.append(node);
    link(index);
    if (peek().kind == Kind::OpenParen)
        return openGroup(index);
    Chain &chain = m_chains.last();
    chain.tails = {index};
    m_state = State::AfterStep;
    return true;
}

// Checks that an event name (or a factor) comes next; `after` names what precedes it.
bool PointyParse::expectEventName(const QString &after)
{
    const PointyToken &token = peek();
    if (token.kind == Kind::Word)
        return true;
    if (token.kind == Kind::Invalid)
        return fail(token, invalidCharacterMessage(token));
    if (m_pos == 0)
        return fail(token, QStringLiteral("expected an event name, found %1").arg(describe(token)));
    if (token.kind == Kind::End)
        return fail(previous(),
                    QStringLiteral("%1 must be followed by an event name").arg(quoted(after)));
    QString message = QStringLiteral("expected an event name after %1, found %2")
                          .arg(quoted(after), describe(token));
    if (token.kind == Kind::OpenParen)
        message += QStringLiteral(": '(' holds the branches of the step before it");
    return fail(token, message);
}

bool PointyParse::term(Term &t)
{
    PointyToken name = next();
    if (name.isNumber() && peek().kind == Kind::Star) {
        const PointyToken number = name;
        t.star = next();
        if (!expectEventName(number.text + QStringLiteral(" *")))
            return false;
        name = next();
        if (!attemptsFactor(number, t.attempts))
            return false;
    } else if (peek().kind == Kind::Star) {
        t.star = next();
        const PointyToken number = next();
        if (!number.isNumber())
            return fail(number, QStringLiteral("expected a number of attempts after '*', found %1")
                                    .arg(describe(number)));
        if (!attemptsFactor(number, t.attempts))
            return false;
    }
    if (peek().kind == Kind::Star)
        return fail(peek(), QStringLiteral("attempts for %1 are already given: write '* N' once")
                                .arg(quoted(name.text)));
    return resolve(name, t.event);
}

bool PointyParse::attemptsFactor(const PointyToken &number, std::optional<int> &attempts)
{
    bool ok = false;
    const int value = number.text.size() <= 9 ? number.text.toInt(&ok) : 0;
    if (!ok || value > PointyParser::kMaxAttempts)
        return fail(number, QStringLiteral("attempts factor %1 is too large: at most %2")
                                .arg(number.text)
                                .arg(PointyParser::kMaxAttempts));
    if (value < 2)
        return fail(
            number,
            QStringLiteral("attempts factor must be at least 2, found %1").arg(number.text));
    attempts = value;
    return true;
}

bool PointyParse::resolve(const PointyToken &name, int &event)
{
    event = m_eventIndex.value(name.text, -1);
    if (event < 0)
        return fail(name, unknownEventMessage(name.text, m_names));
    if (const auto it = m_used.constFind(event); it != m_used.constEnd())
        return fail(name, QStringLiteral("event %1 appears twice in the pipeline (first at line "
                                         "%2, column %3): an event runs at most once per run")
                              .arg(quoted(name.text))
                              .arg(it->line)
                              .arg(it->column));
    m_used.insert(event, name);
    return true;
}

// Makes `node` the next step of the current chain.
void PointyParse::link(int node)
{
    Chain &chain = m_chains.last();
    if (chain.empty) {
        chain.empty = false;
        if (chain.owner < 0)
            m_graph.entry = node;
        else
            m_graph.nodes[chain.owner].branches.insert(chain.descriptor, node);
        return;
    }
    for (const int tail : std::as_const(chain.tails)) {
        PipelineNode &from = m_graph.nodes[tail];
        from.next = node;
        // A branching node's results go to the branch that runs, which '|->' after the group
        // does not speak about; only the ends of its branches pass their results on.
        if (chain.pipe && from.branches.isEmpty())
            from.pipeResults = true;
    }
}

bool PointyParse::openGroup(int node)
{
    const PointyToken &open = next();
    if (m_groups.size() >= PointyParser::kMaxNesting)
        return fail(open, QStringLiteral("branch groups nested too deeply: at most %1 levels of "
                                         "'('")
                              .arg(PointyParser::kMaxNesting));
    Group group;
    group.node = node;
    group.open = open;
    m_groups.append(group);
    return branchHead();
}

// `d ->` at the start of a branch, after '(' or ','.
bool PointyParse::branchHead()
{
    const PointyToken &token = next();
    Group &group = m_groups.last();
    if (token.kind == Kind::CloseParen && group.descriptors.isEmpty())
        return fail(token, QStringLiteral("empty branch group: write branches like "
                                          "'(0 -> F, 1 -> S)'"));
    if (token.kind == Kind::Invalid)
        return fail(token, invalidCharacterMessage(token));
    if (!token.isNumber())
        return fail(token, QStringLiteral("expected a branch descriptor (a digit 0-9), found %1")
                               .arg(describe(token)));
    if (token.text.size() != 1)
        return fail(token, QStringLiteral("branch descriptor %1 is out of range: descriptors are "
                                          "single digits 0-9")
                               .arg(token.text));
    const int descriptor = token.text.at(0).digitValue();
    if (const auto it = group.descriptors.constFind(descriptor); it != group.descriptors.constEnd())
        return fail(token, QStringLiteral("branch descriptor %1 is used twice in this group "
                                          "(first at line %2, column %3)")
                               .arg(descriptor)
                               .arg(it->line)
                               .arg(it->column));
    group.descriptors.insert(descriptor, token);
    const PointyToken &arrow = next();
    if (arrow.kind == Kind::PipeArrow)
        return fail(arrow, QStringLiteral("a branch starts with '->', not '|->'"));
    if (arrow.kind != Kind::Arrow)
        return fail(arrow, QStringLiteral("expected '->' after branch descriptor %1, found %2")
                               .arg(descriptor)
                               .arg(describe(arrow)));
    Chain chain;
    chain.owner = group.node;
    chain.descriptor = descriptor;
    m_chains.append(chain);
    m_state = State::ExpectStep;
    return true;
}

bool PointyParse::afterStep()
{
    const PointyToken &token = peek();
    const bool inBranch = m_chains.last().owner >= 0;
    switch (token.kind) {
    case Kind::Arrow:
    case Kind::PipeArrow:
        m_chains.last().pipe = token.kind == Kind::PipeArrow;
        next();
        m_state = State::ExpectStep;
        return true;
    case Kind::Comma:
        if (!inBranch)
            return fail(token, QStringLiteral("unexpected ',' outside a branch group"));
        finishBranch();
        next();
        return branchHead();
    case Kind::CloseParen:
        if (!inBranch)
            return fail(token, QStringLiteral("unexpected ')' with no matching '('"));
        finishBranch();
        return closeGroup();
    case Kind::End:
        if (inBranch)
            return fail(m_groups.last().open,
                        QStringLiteral("unclosed '(': the branch group has no matching ')'"));
        m_state = State::Done;
        return true;
    case Kind::OpenParen:
        return fail(token, QStringLiteral("a step can have only one branch group; join the next "
                                          "step with '->'"));
    case Kind::Parallel:
        return fail(token, QStringLiteral("a step with branches cannot be part of a parallel "
                                          "group; put the branches after the whole group, e.g. "
                                          "'A || B (0 -> F, 1 -> S)'"));
    case Kind::Star:
        return fail(token, QStringLiteral("'*' must follow an event name, not a branch group"));
    case Kind::Invalid:
        return fail(token, invalidCharacterMessage(token));
    case Kind::Word:
        break;
    }
    const QString expected =
        inBranch ? QStringLiteral("'->', '|->', ',' or ')'") : QStringLiteral("'->' or '|->'");
    return fail(token, QStringLiteral("expected %1 before %2").arg(expected, describe(token)));
}

void PointyParse::finishBranch()
{
    const Chain chain = m_chains.takeLast();
    m_groups.last().tails.append(chain.tails);
}

bool PointyParse::closeGroup()
{
    const Group &group = m_groups.last();
    if (group.descriptors.size() < 2)
        return fail(group.open, QStringLiteral("a branch group needs at least two branches, found "
                                               "one; to always run a step next, use '->'"));
    next(); // ')'
    // After the group, the next step follows whichever branch ran, and also the branching node
    // itself for when the chosen descriptor has no branch (the walking rule's `next`).
    QList<int> tails{group.node};
    tails.append(group.tails);
    m_groups.removeLast();
    m_chains.last().tails = tails;
    m_state = State::AfterStep;
    return true;
}

} // namespace

Result<PipelineGraph> PointyParser::parse(const QString &text, const QStringList &eventNames,
                                          PipelineError *error)
{
    PointyParse parse(text, eventNames);
    if (!parse.run()) {
        if (error)
            *error = parse.error();
        return Result<PipelineGraph>::failure(parse.error().formatted());
    }
    return std::move(parse.graph());
}

} // namespace volnux
