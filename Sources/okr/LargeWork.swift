#if os(Linux)
import CMalloc
#endif

/// Readies the C library's allocator for a command that builds a large document on all processors:
/// grown 128 KiB at a time, each thread's heap asked the kernel for more (a system call and a change
/// of the page tables) thousands of times, and the thread reading the second half of an
/// 80,000-row sheet ran at half the speed of the first. Pages reserved and never touched cost nothing.
/// Blocks of a few megabytes (a chunk of the document as it is written) come from the heap, so that
/// one freed is used again by the next, not handed back to the kernel and asked for afresh.
func prepareForLargeWork() {
    #if os(Linux)
    _ = mallopt(M_TOP_PAD, 64 << 20)
    _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
    #endif
}
