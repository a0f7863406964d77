#if os(Linux)
import CMalloc
#endif

/// Readies the C library's allocator for a command that builds a large document on all processors:
/// grown 128 KiB at a time, each thread's heap asked the kernel for more (a system call and a change
/// of the page tables) thousands of times, and the thread reading the second half of an
/// 80,000-row sheet ran at half the speed of the first. Pages reserved and never touched cost nothing.
func prepareForLargeWork() {
    #if os(Linux)
    _ = mallopt(M_TOP_PAD, 64 << 20)
    #endif
}
