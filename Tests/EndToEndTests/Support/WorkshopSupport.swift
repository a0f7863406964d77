import Foundation

/// Documents as Foundation's JSONSerialization reads them, so tests compare
/// what is on disk independently of the model's own Codable.
enum JSONDocument {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The document at `path` as a dictionary.
    static func load(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "\(path) does not hold a JSON object")
        }
        return object
    }

    /// The document without the fields that change with the clock.
    static func timeless(_ document: [String: Any]) -> [String: Any] {
        var copy = document
        copy.removeValue(forKey: "createdAt")
        copy.removeValue(forKey: "updatedAt")
        return copy
    }

    /// Equal as JSON values (numbers by value, so 15 == 15.0), ignoring `createdAt` and `updatedAt`.
    static func same(_ a: [String: Any], _ b: [String: Any]) -> Bool {
        NSDictionary(dictionary: numbersAsDoubles(timeless(a)) as! [String: Any])
            .isEqual(to: numbersAsDoubles(timeless(b)) as! [String: Any])
    }

    /// Every number as a Double: JSONSerialization may read `4.2` as a decimal number, which is not equal to the Double 4.2.
    static func numbersAsDoubles(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return dictionary.mapValues(numbersAsDoubles)
        case let array as [Any]: return array.map(numbersAsDoubles)
        case is String, is NSNull: return value
        case let number as NSNumber: return NSNumber(value: number.doubleValue)
        default: return value
        }
    }

    /// Sorted, indented JSON for failure messages.
    static func text(_ document: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: timeless(document), options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// What a person sees of terminal output: escape sequences removed, lines split.
enum ScreenText {
    /// The output without CSI and OSC sequences and without carriage returns.
    static func visible(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        // CSI: ESC [ parameters intermediates final; OSC: ESC ] ... BEL or ESC \; other two-byte escapes.
        let patterns = ["\u{1B}\\[[0-?]*[ -/]*[@-~]", "\u{1B}\\][^\u{07}\u{1B}]*(\u{07}|\u{1B}\\\\)", "\u{1B}[@-Z\\\\-_=>]"]
        for pattern in patterns {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return text.replacingOccurrences(of: "\r", with: "")
    }

    /// The visible text with wrapped lines joined again: line breaks and runs of spaces become one space.
    static func flowing(_ bytes: [UInt8]) -> String {
        visible(bytes).replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        visible(bytes).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
