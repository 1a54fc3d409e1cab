/// An open-addressing map from line hash to a dense class id, cleared by generation stamps.
struct LineClassTable {
    private var keys = ScratchBuffer<UInt64>()
    private var values = ScratchBuffer<Int32>()
    private var stamps = ScratchBuffer<UInt32>()
    private var size = 0
    private var generation: UInt32 = 0

    /// Empties the table and sizes it for `capacity` distinct keys.
    mutating func reset(capacity: Int) {
        var wanted = 64
        while wanted < capacity * 2 { wanted <<= 1 }
        if wanted > size {
            size = wanted
            _ = keys.reserve(size)
            _ = values.reserve(size)
            stamps.reserve(size).initialize(repeating: 0, count: size)
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            stamps.pointer.initialize(repeating: 0, count: size)
            generation = 1
        }
    }

    /// The key's class, inserting it with id `next` when absent.
    @inline(__always)
    mutating func insert(_ hash: UInt64, next: Int32) -> Int32 {
        let mask = size - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let stamp = stamps.pointer
        let key = keys.pointer
        while stamp[slot] == generation {
            if key[slot] == hash { return values.pointer[slot] }
            slot = (slot + 1) & mask
        }
        stamp[slot] = generation
        key[slot] = hash
        values.pointer[slot] = next
        return next
    }

    /// Frees the table's memory; call once from the owner's `deinit`.
    func release() {
        keys.release()
        values.release()
        stamps.release()
    }

    /// The key's class, or nil.
    @inline(__always)
    func find(_ hash: UInt64) -> Int32? {
        let mask = size - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let stamp = stamps.pointer
        while stamp[slot] == generation {
            if keys.pointer[slot] == hash { return values.pointer[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
