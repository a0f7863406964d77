import OKRModel

/// What the coach reads into one key result: its shape first (measure, milestone,
/// constraint, activity or vague), then what it is about. The person's own
/// `focus`, `indicator` and `direction`, and the structured fields, win over guesses from the words.
///
/// A class: the rules pass a key result's traits, and closures an objective's, around many times,
/// and each copy of a struct retained every string and array of the key result and its reading.
final class KeyResultTraits {
    let keyResult: KeyResult
    let words: WordSequence
    let parsed: ParsedKeyResult
    let shape: StatementShape
    /// The word that heads the statement, after a label, fillers and adverbs.
    let head: Int
    /// Opens with a task verb: "Launch…", "Train 200 nurses…", "Successfully implement…".
    let opensWithActivity: Bool
    /// Opens with a verb that moves a number ("Raise", "Reduce", "Improve"), not one that reaches an end
    /// state ("Reach", "Achieve", "Get"): a count it moves has a start worth knowing, a limit it moves
    /// towards is a measure, and without a number it is vague.
    let movesANumber: Bool
    let isOutput: Bool
    let isAdoption: Bool
    let isLagging: Bool

    /// `completing` first fills the key result's unstated fields from the reading (`okr import`:
    /// what the source stated wins), and the traits are the completed key result's: its statement
    /// read once for both.
    init(_ keyResult: KeyResult, vocabulary v: Vocabulary, context: ParseContext, completing: Bool = false) {
        // The statement is split once; its words and the parser's reading both come from those tokens.
        let tokens = StatementLexer.tokens(keyResult.statement)
        let parsed = KeyResultParser.parse(keyResult.statement, tokens: tokens, context: context)
        self.parsed = parsed
        var keyResult = keyResult
        if completing { keyResult.take(parsed, over: false) }
        self.keyResult = keyResult
        let words = v.indexed(WordSequence(tokens: tokens))
        self.words = words
        let head = KeyResultTraits.head(words, keyResult.statement, v)
        self.head = head
        opensWithActivity = words.matchesAny(v[.krActivities], at: head)
        let opensWithChange = words.matchesAny(v[.changeVerbs], at: head)
        let movesANumber = opensWithChange && !KeyResultTraits.reachVerbs.contains(words.words[head])
        self.movesANumber = movesANumber
        let predicate = Predicate.read(words, head: head, vocabulary: v)
        let shape = KeyResultTraits.shape(keyResult, words, parsed, head: head, predicate: predicate, opensWithActivity: opensWithActivity,
                                          opensWithChange: opensWithChange, movesANumber: movesANumber, v)
        self.shape = shape
        let guessedAdoption = !opensWithActivity && !shape.isMilestone
            && (KeyResultTraits.namesUse(words, v) || KeyResultTraits.measuresBehaviour(words, v) || KeyResultTraits.peopleAct(words, v))
        let guessedOutput = opensWithActivity || shape == .activity || shape == .milestone(deliverable: true)
            || (shape == .measure && predicate?.madeByTeam == true && (keyResult.target ?? parsed.target) != 0)
        isOutput = keyResult.focus.map { $0 == .delivery } ?? guessedOutput
        isAdoption = keyResult.focus.map { $0 == .adoption } ?? guessedAdoption
        isLagging = keyResult.indicator.map { $0 == .lagging }
            ?? (!isAdoption && !isOutput && words.contains(any: v[.laggingWords]))
    }

    var target: Double? { keyResult.target ?? parsed.target }
    var baseline: Double? { keyResult.baseline ?? parsed.baseline }
    var direction: Direction? { keyResult.direction ?? parsed.direction }

    /// Reads the shape: a limit to hold wins, then a number (or its placeholder) makes a measure,
    /// unless "all"/"every" only says a milestone reaches everyone; without a number the head of
    /// the sentence and its predicate decide between milestone, ongoing activity and vague.
    private static func shape(_ keyResult: KeyResult, _ words: WordSequence, _ parsed: ParsedKeyResult, head: Int,
                              predicate: Predicate?, opensWithActivity: Bool, opensWithChange: Bool, movesANumber: Bool,
                              _ v: Vocabulary) -> StatementShape {
        let target = keyResult.target ?? parsed.target
        if isConstraint(keyResult, words, parsed, head: head, opensWithChange: opensWithChange, movesANumber: movesANumber, v) {
            return .constraint
        }
        if target != nil || parsed.form == .placeholder {
            if parsed.form == .quantifier, target == 100, let predicate, !predicate.comparison, !predicate.open {
                return .milestone(deliverable: predicate.deliverable)
            }
            return .measure
        }
        if words.matchesAny(v[.binaryOpeners], at: head) || words.contains(any: v[.binaryPhrases]) { return .milestone(deliverable: false) }
        if opensWithActivity { return .milestone(deliverable: true) }
        if words.matchesAny(v[.ongoingActivities], at: head) { return .activity }
        let w = words.words
        // "Improve documentation": a change with nothing to count. ("Get people involved", "Reach
        // agreement with legal" name an end state instead.)
        if movesANumber {
            // "Improve the metrics dashboard to show actionable data": a deliverable with what done means.
            let deliverables = v.words(.deliverableNouns)
            if let to = w[head...].firstIndex(of: "to"), w[head..<to].contains(where: { deliverables.contains($0) }) {
                return .milestone(deliverable: true)
            }
            return .vague
        }
        // "We have a communications runbook", "Have proper JSON serialization": something the team now has.
        guard head < w.count else { return .vague }
        if w[head] == "have" || w[head] == "has" {
            return .milestone(deliverable: w[head...].contains { v.words(.deliverableNouns).contains($0) })
        }
        if let predicate {
            if predicate.open { return .vague }
            return predicate.comparison ? .measure : .milestone(deliverable: predicate.deliverable)
        }
        if keyResult.statement.hasSuffix("?") { return .vague }
        // "ENS ships a naming service", "Gateway gets a timeout page": a subject doing the team's work.
        let after = (head + 1)..<min(w.count, head + 4)
        if after.contains(where: { w[$0] != "runs" && w[$0].endsWith("s") && words.matchesAny(v[.krActivities], at: $0) }) {
            return .milestone(deliverable: true)
        }
        // What is done is a deliverable when the verb's object names one: "Make a video about this",
        // "Gateway gets a timeout page"; otherwise a state: "IPNS works over PubSub".
        let deliverables = v.words(.deliverableNouns)
        func objectIsDeliverable(_ verb: Int) -> Bool {
            w[(verb + 1)..<min(w.count, verb + 6)].contains { deliverables.contains($0) }
        }
        // "Our platforms hit the elite level": an end state reached.
        if let reach = after.first(where: { KeyResultTraits.reachVerbs.contains(w[$0]) }) {
            return .milestone(deliverable: objectIsDeliverable(reach))
        }
        // "Switch to the new CI", "Curate content and send the newsletter bi-weekly": a sentence with
        // a verb says what will be the case, which can be checked.
        if let verb = KeyResultTraits.verb(w, head: head) {
            return .milestone(deliverable: objectIsDeliverable(verb) || words.contains(any: v[.cadences]))
        }
        // "POC of WebBluetooth", "New staging cluster": a deliverable named; "App load time",
        // "Cloud cost": a metric named, with nothing to count it against.
        if let last = w.last, !KeyResultTraits.metricNouns.contains(last), !words.contains(any: v[.laggingWords]),
           w.contains(where: { deliverables.contains($0) }) {
            return .milestone(deliverable: true)
        }
        return .vague
    }

    /// Nouns that name a metric: a statement that ends on one names what to count, not a deliverable.
    private static let metricNouns: WordSet = [
        "cost", "costs", "time", "times", "rate", "rates", "score", "ratio", "latency", "size", "speed", "count", "number",
        "percentage", "share", "level", "usage", "satisfaction", "uptime", "availability", "performance", "quality",
    ]

    /// Verbs of reaching an end state: without a number they name a milestone, not a vague change.
    static let reachVerbs: WordSet = [
        "get", "gets", "getting", "bring", "brings", "move", "moves", "reach", "reaches", "achieve", "achieves", "hit", "gain", "gains",
    ]
    /// Words that follow a verb and open what it acts on or where: "switch to", "follows the", "works over".
    private static let objectMarkers: WordSet = [
        "the", "a", "an", "to", "our", "all", "with", "up", "out", "on", "in", "into", "for", "over", "across", "as", "from", "by",
        "its", "their", "every", "each", "at", "without", "within", "through", "via", "any", "this", "these", "those", "it", "them",
        "off", "us", "down", "about",
    ]
    /// After a word ending in -s, these show it is a verb ("follows the", "interops with") rather than a plural ("profiles through").
    private static let verbMarkers: WordSet = ["the", "a", "an", "our", "its", "their", "this", "these", "with", "over", "us", "them", "it", "to"]
    private static let finiteVerbs: WordSet = [
        "is", "are", "was", "were", "will", "can", "could", "should", "must", "become", "becomes", "exist", "exists", "has", "have",
        "gets", "remains", "stays", "works", "runs", "supports", "allows", "lets", "uses", "includes", "provides", "contains",
        "arent", "isnt", "doesnt", "dont", "wont", "cant", "should", "would",
    ]

    /// Where a statement without a number has its verb: the head followed by what it acts on
    /// ("Switch to…", "Associate members to…"), a finite verb after the subject, or a present-tense
    /// verb before its object ("DHT interops with go-libp2p").
    private static func verb(_ w: [String], head: Int) -> Int? {
        guard head < w.count else { return nil }
        if head + 1 < w.count, objectMarkers.contains(w[head + 1]) { return head }
        for i in (head + 1)..<w.count {
            if finiteVerbs.contains(w[i]) { return i }
            // "… fully specd": a word after an adverb is the predicate.
            if i > head + 1, WordSequence.isAdverb(w[i - 1]) { return i }
            if i + 1 < w.count, w[i].utf8.count > 3, w[i].endsWith("s"), !w[i].endsWith("ss"), !w[i].endsWith("us"),
               verbMarkers.contains(w[i + 1]) {
                return i
            }
        }
        return nil
    }

    /// The first word after fillers and adverbs, and after a heading such as "Ticket volume:" unless
    /// the statement already opens with a verb the coach knows ("Deploy services with HA: PostgreSQL…").
    private static func head(_ words: WordSequence, _ statement: String, _ v: Vocabulary) -> Int {
        let plain = words.head(skipping: v[.fillers])
        guard let label = labelEnd(statement) else { return plain }
        let afterLabel = label + WordSequence(words: Array(words.words[min(label, words.words.count)...])).head(skipping: v[.fillers])
        let verbs: [WordList] = [.krActivities, .changeVerbs, .ongoingActivities, .healthOpeners, .binaryOpeners]
        // A tag in brackets ("[COMMITTED]") marks a heading; so does a known verb after the colon.
        // … and so does a sentence of its own after it ("Update - IPFS can quickly update…").
        if statement.prefix(while: { $0 != ":" && $0 != "-" }).contains("[") || verbs.contains(where: { words.matchesAny(v[$0], at: afterLabel) })
            || Predicate.read(words, head: afterLabel, vocabulary: v) != nil {
            return afterLabel
        }
        return verbs.contains(where: { words.matchesAny(v[$0], at: plain) }) ? plain : afterLabel
    }

    /// "Ticket volume [ASPIRATIONAL]: Reduce…", "Feedback: Get feedback…": a short label before a colon
    /// is a heading; the statement begins after it. The index of the first word after the label.
    private static func labelEnd(_ statement: String) -> Int? {
        // "Update - IPFS can…", "Support -- Optimize support": a dash between spaces marks a heading too.
        // Looked for on the bytes: most statements have neither, and this runs for every one.
        var statement = statement
        let space = UInt8(ascii: " "), hyphen = UInt8(ascii: "-")
        let found: (label: String, rest: String)? = statement.withUTF8 { utf8 in
            for i in utf8.indices {
                var mark: Range<Int>?
                if utf8[i] == UInt8(ascii: ":") {
                    mark = i..<(i + 1)
                } else if utf8[i] == space, i + 2 < utf8.count {
                    // " - ", " -- " or " – " (an en dash, E2 80 93).
                    let dash = utf8[i + 1] == hyphen ? (utf8[i + 2] == hyphen ? 2 : 1)
                        : utf8[i + 1] == 0xE2 && i + 3 < utf8.count && utf8[i + 2] == 0x80 && utf8[i + 3] == 0x93 ? 3 : 0
                    if dash > 0, i + 1 + dash < utf8.count, utf8[i + 1 + dash] == space { mark = i..<(i + 1 + dash) }
                }
                if let mark {
                    return (String(decoding: UnsafeBufferPointer(rebasing: utf8[..<mark.lowerBound]), as: UTF8.self),
                            String(decoding: UnsafeBufferPointer(rebasing: utf8[mark.upperBound...]), as: UTF8.self))
                }
            }
            return nil
        }
        guard let found else { return nil }
        // Counted as the statement's words are made (from tokens), so the index lands where the label ends.
        let label = WordSequence(tokens: StatementLexer.tokens(found.label)).words.count
        let rest = WordSequence(tokens: StatementLexer.tokens(found.rest)).words.count
        return label > 0 && label <= 5 && rest >= 2 ? label : nil
    }

    /// Uptime, within budget, "keep … above", "within ±25%", "between 3 and 5", "5.5 hours or less":
    /// a level to hold. A limit the statement moves towards ("Reduce … to under 4 hours") is a measure.
    private static func isConstraint(_ keyResult: KeyResult, _ words: WordSequence, _ parsed: ParsedKeyResult, head: Int,
                                     opensWithChange: Bool, movesANumber: Bool, _ v: Vocabulary) -> Bool {
        if let direction = keyResult.direction { return direction.holdsALevel }
        if words.matchesAny(v[.healthOpeners], at: head) || words.contains(any: v[.healthPhrases]) { return true }
        if words.contains(any: v[.constraintPhrases]) { return true }
        let target = keyResult.target ?? parsed.target
        // "Achieve 99.5% system uptime": reaching a level of a limit metric is holding it.
        if target != nil, !movesANumber, words.contains(any: v[.limitMetrics]) { return true }
        if parsed.form == .tolerance || (parsed.form == .range && !opensWithChange) { return true }
        // "5.5 hours or less", "not more than 1.5MB": a ceiling on a time, share, size or amount of money
        // (a ceiling on a count, "up to three KPIs", is part of what is asked for).
        let unit = keyResult.unit ?? parsed.unit
        return parsed.bound == .below && parsed.baseline == nil && !opensWithChange && parsed.form == .amount
            && unit.map { !KeyResultTraits.isCount($0) } == true
    }

    /// A unit that counts things ("count", "planners"), not a share, money, time, size, rate or scale.
    static func isCount(_ unit: String) -> Bool {
        !(unit == "%" || unit == "pp" || unit == "x" || unit == "points" || unit.hasPrefix("/") || namesRate(unit)
          || unit.allSatisfy(\.isUppercase) || Units.seconds[unit] != nil)
    }

    /// `unit.contains("per ")`, searched on bytes in an ASCII unit, whose bytes are its Characters here
    /// ("\r\n" is the only pair of ASCII bytes that makes one, and "per " has neither): the Character
    /// search cost more than all the other key result rules.
    private static func namesRate(_ unit: String) -> Bool {
        var unit = unit
        let found: Bool? = unit.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.indices.dropLast(3).contains { i in
                bytes[i] == UInt8(ascii: "p") && bytes[i + 1] == UInt8(ascii: "e") && bytes[i + 2] == UInt8(ascii: "r") && bytes[i + 3] == UInt8(ascii: " ")
            }
        }
        return found ?? unit.contains("per ")
    }

    /// "use", "adoption", "active users"… but not "make use of the cache": the words of use, about people.
    private static func namesUse(_ words: WordSequence, _ v: Vocabulary) -> Bool {
        let list = v[.adoptionWords]
        let w = words.words
        for i in w.indices where words.matchesAny(list, at: i) {
            if i > 0, ["make", "makes", "made", "making"].contains(w[i - 1]) { continue }
            return true
        }
        return false
    }

    /// "share of stores ordering…", "% of nurses who document…", "share of claims submitted
    /// through the app", "half of the queries are served by the new index", "share of handovers
    /// done in the new app": people doing something, or doing it a new way.
    private static func measuresBehaviour(_ words: WordSequence, _ v: Vocabulary) -> Bool {
        let shares = v.words(.shareWords)
        let notBehaviour = v.words(.notBehaviour)
        let channels = v.words(.channelWords)
        let participles = v.words(.participles)
        let w = words.words
        for i in w.indices.dropLast() where w[i + 1] == "of" && (shares.contains(w[i]) || w[i].first?.isNumber == true) {
            for j in (i + 2)..<min(w.count, i + 8) {
                if w[j] == "who" || w[j] == "that" { return true }
                if w[j].utf8.count > 4, w[j].endsWith("ing"), !notBehaviour.contains(w[j]) { return true }
                let done = (w[j].utf8.count > 3 && w[j].endsWith("ed")) || participles.contains(w[j])
                if done, j + 1 < w.count, channels.contains(w[j + 1]) { return true }
            }
        }
        return false
    }

    /// "three customers run structural searches", "40 teams deploy through the pipeline": a number
    /// of people as the subject of a verb that is not a report of their view ("managers say…").
    private static func peopleAct(_ words: WordSequence, _ v: Vocabulary) -> Bool {
        let people = v.words(.people)
        let opinions = v.words(.opinionVerbs)
        let w = words.words
        for i in w.indices.dropLast() where words.mayStart(v[.people], at: i) && people.contains(w[i]) {
            // The people are counted: a number or quantifier within the three words before them.
            let counted = w[max(0, i - 3)..<i].contains { Predicate.startsQuantity($0) || ["all", "every", "each", "half", "most"].contains($0) }
            guard counted else { continue }
            var j = i + 1
            while j < w.count, ["who", "that", "now", "actively", "regularly", "routinely"].contains(w[j]) || WordSequence.isAdverb(w[j]) { j += 1 }
            guard j < w.count else { continue }
            let verb = w[j]
            // "-ed" right after people is mostly done to them ("10 customers interviewed").
            if opinions.contains(verb) || KeyResultTraits.notVerbs.contains(verb) || verb.endsWith("ed") || Predicate.startsQuantity(verb) { continue }
            return true
        }
        return false
    }

    /// Words that follow a group of people without being something they do.
    private static let notVerbs: WordSet = [
        "in", "on", "at", "of", "for", "from", "to", "by", "with", "and", "or", "across", "per", "is", "are", "was", "were", "be",
        "have", "has", "had", "can", "could", "will", "would", "should", "may", "might", "must", "than", "as", "the", "a", "an",
        "this", "that", "these", "those", "our", "their", "its", "within", "before", "after", "by", "over", "under", "between",
        "using", "during", "without", "since", "until", "into", "onto", "outside", "inside", "we", "they",
    ]
}
