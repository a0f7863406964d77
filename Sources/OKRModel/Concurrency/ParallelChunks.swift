#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits `0..<count` into contiguous chunks, one per online processor (at most `maximumThreads`),
/// runs `work` on each chunk, the first on the calling thread and the others on threads of their
/// own, and returns the results in chunk order: the same values, in the same order, as one
/// `work(0..<count)` split at the same places. With one processor, or fewer than `minimumPerChunk`
/// items per chunk, everything runs on the calling thread. Plain pthreads: importing Dispatch
/// or Foundation would add to every start of okr.
package enum ParallelChunks {
    package static func map<T: Sendable>(
        count: Int, minimumPerChunk: Int, maximumThreads: Int = 8,
        _ work: @escaping @Sendable (Range<Int>) -> T
    ) -> [T] {
        let processors = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let chunks = max(1, min(processors, maximumThreads, count / max(1, minimumPerChunk)))
        if chunks == 1 { return [work(0..<count)] }
        let ranges = (0..<chunks).map { c in (count * c / chunks)..<(count * (c + 1) / chunks) }
        let jobs = ranges.dropFirst().map { ChunkJob(range: $0, work: work) }
        let threads = jobs.map { job -> pthread_t? in
            let context = Unmanaged.passRetained(job as Job).toOpaque()
            if let thread = startThread(context) { return thread }
            // No thread to be had: the chunk runs here instead.
            Unmanaged<Job>.fromOpaque(context).release()
            job.run()
            return nil
        }
        var results = [work(ranges[0])]
        for (job, thread) in zip(jobs, threads) {
            if let thread { pthread_join(thread, nil) }
            results.append(job.result!)
        }
        return results
    }

    private static func startThread(_ context: UnsafeMutableRawPointer) -> pthread_t? {
        #if canImport(Glibc)
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, context)
        return status == 0 ? thread : nil
        #else
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, context)
        return status == 0 ? thread : nil
        #endif
    }
}

/// What a thread runs; not generic, so that a C function can call it.
private class Job: @unchecked Sendable {
    func run() {}
}

/// One chunk's work and, once its thread has been joined, its result.
private final class ChunkJob<T: Sendable>: Job, @unchecked Sendable {
    let range: Range<Int>
    let work: @Sendable (Range<Int>) -> T
    var result: T?

    init(range: Range<Int>, work: @escaping @Sendable (Range<Int>) -> T) {
        self.range = range
        self.work = work
    }

    override func run() {
        result = work(range)
    }
}
