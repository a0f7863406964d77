/// Entries kept in date order, one per date: a check-in, a KPI reading, an observation.
public protocol Dated {
    /// `YYYY-MM-DD`, so text order is date order.
    var date: String { get }
}

extension CheckIn: Dated {}
extension Reading: Dated {}
extension Observation: Dated {}

extension Array where Element: Dated {
    /// Puts `entry` in date order; an entry of the same date is replaced (the later word counts).
    /// Returns the entry it replaced, so a caller can say so.
    @discardableResult
    public mutating func record(_ entry: Element) -> Element? {
        if let same = firstIndex(where: { $0.date == entry.date }) {
            let old = self[same]
            self[same] = entry
            return old
        }
        insert(entry, at: firstIndex { $0.date > entry.date } ?? endIndex)
        return nil
    }
}
