import Testing
@testable import OKRModel

@Suite("Work on all processors")
struct ParallelChunksTests {
    @Test(arguments: [0, 1, 7, 199, 200, 401, 10_000])
    func chunksCoverEveryIndexOnceInOrder(count: Int) {
        let chunks = ParallelChunks.map(count: count, minimumPerChunk: 100) { range in Array(range) }
        #expect(chunks.flatMap { $0 } == Array(0..<count))
        #expect(chunks.allSatisfy { !$0.isEmpty } || count == 0)
    }

    @Test func unevenWorkStillComesBackInChunkOrder() {
        // Early chunks are slow, late ones fast: threads finish out of order, results must not.
        let chunks = ParallelChunks.map(count: 4_000, minimumPerChunk: 100) { range -> Int in
            var sum = 0
            for i in range {
                for j in 0..<(range.lowerBound < 1_000 ? 2_000 : 10) { sum &+= i &* j }
            }
            return range.lowerBound
        }
        #expect(chunks == chunks.sorted())
        #expect(chunks.first == 0)
    }

    /// Late chunks finish first; each is still handed on only after every chunk before it, one at a time.
    @Test(arguments: [0, 150, 4_000])
    func forEachHandsEveryChunkOnInOrderOneAtATime(count: Int) {
        let seen = Seen()
        ParallelChunks.forEach(count: count, minimumPerChunk: 100, { range -> Range<Int> in
            var sum = 0
            for i in range {
                for j in 0..<(range.lowerBound < 1_000 ? 2_000 : 10) { sum &+= i &* j }
            }
            return sum == -1 ? 0..<0 : range
        }, inOrder: { range in
            seen.enter()
            seen.ranges.append(range)
            seen.leave()
        })
        #expect(seen.ranges.flatMap { Array($0) } == Array(0..<count))
        #expect(!seen.overlapped, "two chunks were handed on at once")
    }

    /// What `forEach` handed on. Unchecked: the test checks that the hand-overs never overlap.
    private final class Seen: @unchecked Sendable {
        var ranges: [Range<Int>] = []
        var inside = false
        var overlapped = false

        func enter() {
            if inside { overlapped = true }
            inside = true
            // Long enough for another thread to arrive if hand-overs could overlap.
            var sum = 0
            for i in 0..<20_000 { sum &+= i }
            if sum == -1 { overlapped = true }
        }

        func leave() {
            inside = false
        }
    }
}
