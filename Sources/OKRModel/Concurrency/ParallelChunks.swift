#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits `0..<count` into contiguous chunks, runs `work` on each on up to one thread per online
/// processor (at most `maximumThreads`, the calling thread being one of them) and returns the
/// results in chunk order: the same values, in the same order, as one `work(0..<count)` split at
/// the same places. There are several chunks per thread, handed out in turn as threads come free,
/// so a thread whose core is busy with something else does not leave the others waiting at the end.
/// With one processor, or fewer than `minimumPerChunk` items per thread, everything runs on the
/// calling thread. Plain pthreads: importing Dispatch or Foundation would add to every start of okr.
package enum ParallelChunks {
    /// Chunks per thread: enough to even out uneven work, few enough that each is worth handing out.
    static let chunksPerThread = 8

    package static func map<T: Sendable>(
        count: Int, minimumPerChunk: Int, maximumThreads: Int = 8,
        _ work: @escaping @Sendable (Range<Int>) -> T
    ) -> [T] {
        let ranges = chunks(count: count, minimumPerChunk: minimumPerChunk, maximumThreads: maximumThreads)
        guard let threads = ranges.threads else { return [work(0..<count)] }
        let queue = ChunkQueue(ranges: ranges.ranges, work: work)
        run(queue, on: threads)
        return queue.results()
    }

    /// `map`, with each chunk's result handed to `consume` in chunk order as soon as it and every chunk
    /// before it are done, by whichever thread finished the last of them, one at a time; nothing is
    /// returned. A save writes each chunk of the document as soon as the file can take it, and its
    /// buffer is freed for the chunks still to come, rather than holding the whole document.
    package static func forEach<T: Sendable>(
        count: Int, minimumPerChunk: Int, maximumThreads: Int = 8,
        _ work: @escaping @Sendable (Range<Int>) -> T, inOrder consume: @escaping @Sendable (T) -> Void
    ) {
        let ranges = chunks(count: count, minimumPerChunk: minimumPerChunk, maximumThreads: maximumThreads)
        guard let threads = ranges.threads else { return consume(work(0..<count)) }
        run(ChunkQueue(ranges: ranges.ranges, work: work, consume: consume), on: threads)
    }

    /// The chunks `0..<count` is split into and the threads to run them on; no threads when one
    /// processor, or too few items for more than one thread, is to do everything on the calling thread.
    private static func chunks(count: Int, minimumPerChunk: Int, maximumThreads: Int) -> (threads: Int?, ranges: [Range<Int>]) {
        let processors = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let perChunk = max(1, minimumPerChunk)
        let threads = max(1, min(processors, maximumThreads, count / perChunk))
        if threads == 1 { return (nil, []) }
        let chunks = min(threads * chunksPerThread, count / perChunk)
        return (threads, (0..<chunks).map { c in (count * c / chunks)..<(count * (c + 1) / chunks) })
    }

    /// `job` on `threads` threads, the calling thread one of them, until all are done.
    private static func run(_ job: Job, on threads: Int) {
        let started = (1..<threads).compactMap { _ in startThread(Unmanaged.passRetained(job).toOpaque()) }
        job.run()
        for thread in started { pthread_join(thread, nil) }
    }

    /// `first()` and `second()` at once, on two threads when there are two processors: for two
    /// unlike pieces of work that each need only what both were given.
    package static func both<A: Sendable, B: Sendable>(
        _ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B
    ) -> (A, B) {
        // One thread gets both as one chunk, 0..<2.
        let results = map(count: 2, minimumPerChunk: 1, maximumThreads: 2) { range in
            (range.contains(0) ? first() : nil, range.contains(1) ? second() : nil)
        }
        return (results.lazy.compactMap(\.0).first!, results.lazy.compactMap(\.1).first!)
    }

    /// A thread running `context`'s job, which it releases; nil (and the job released) when no thread can be had:
    /// the calling thread then does that share of the chunks itself.
    private static func startThread(_ context: UnsafeMutableRawPointer) -> pthread_t? {
        #if canImport(Glibc)
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, context)
        #else
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, context)
        #endif
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}

/// What a thread runs; not generic, so that a C function can call it.
private class Job: @unchecked Sendable {
    func run() {}
}

/// The chunks still to do and the results of those done, behind one lock; every thread takes the
/// next chunk until none is left.
private final class ChunkQueue<T: Sendable>: Job, @unchecked Sendable {
    private let ranges: [Range<Int>]
    private let work: @Sendable (Range<Int>) -> T
    private var next = 0
    private var done: [T?]
    /// Where results go in chunk order as they are done (`forEach`); nil: they are kept for `results()`.
    private let consume: (@Sendable (T) -> Void)?
    private var consumed = 0
    private var consuming = false
    /// Allocated, not a stored `pthread_mutex_t`: a mutex must stay at one address, which `&property` does not promise.
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(ranges: [Range<Int>], work: @escaping @Sendable (Range<Int>) -> T, consume: (@Sendable (T) -> Void)? = nil) {
        self.ranges = ranges
        self.work = work
        self.consume = consume
        done = Array(repeating: nil, count: ranges.count)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    override func run() {
        while let chunk = take() {
            let result = work(ranges[chunk])
            pthread_mutex_lock(lock)
            done[chunk] = result
            if let consume { drain(into: consume) }
            pthread_mutex_unlock(lock)
        }
    }

    /// With the lock held: the next results, in order, to `consume`, unless another thread is at it
    /// (it takes any that are done meanwhile before it stops). The lock is let go while one is consumed.
    private func drain(into consume: @Sendable (T) -> Void) {
        guard !consuming else { return }
        consuming = true
        while consumed < done.count, let result = done[consumed] {
            done[consumed] = nil
            consumed += 1
            pthread_mutex_unlock(lock)
            consume(result)
            pthread_mutex_lock(lock)
        }
        consuming = false
    }

    private func take() -> Int? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard next < ranges.count else { return nil }
        next += 1
        return next - 1
    }

    /// Every chunk's result, in chunk order; called once all threads have been joined.
    func results() -> [T] {
        done.map { $0! }
    }
}
