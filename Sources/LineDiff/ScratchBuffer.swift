/// A growable block of memory reused across calls, so hot loops neither allocate nor pay for
/// array bounds, uniqueness and exclusivity checks.
struct ScratchBuffer<Element> {
    private(set) var pointer: UnsafeMutablePointer<Element>
    private(set) var capacity: Int

    init() {
        capacity = 64
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    }

    /// Makes room for `count` elements (contents are not kept) and returns the start.
    mutating func reserve(_ count: Int) -> UnsafeMutablePointer<Element> {
        if count > capacity {
            pointer.deallocate()
            capacity = max(count, capacity * 2)
            pointer = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        }
        return pointer
    }

    /// Frees the memory; call once from the owner's `deinit`.
    func release() { pointer.deallocate() }
}
