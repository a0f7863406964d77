/// A row of block characters that shows how a series moved, one per value: `▁▂▄▇`.
/// Scaled between the series' own lowest and highest values; a flat series sits in the middle.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func of(_ values: [Double]) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        guard high > low else { return String(repeating: blocks[3], count: values.count) }
        return String(values.map { blocks[Int(((($0 - low) / (high - low)) * Double(blocks.count - 1)).rounded())] })
    }
}
