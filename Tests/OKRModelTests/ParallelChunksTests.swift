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
}
