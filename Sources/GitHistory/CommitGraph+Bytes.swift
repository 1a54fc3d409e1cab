internal import CLibGit2
import Foundation
import GitCore

/// A commit graph as bytes, so a store can keep it: a later run then orders its walks in memory and
/// reads only the commits the graph does not hold yet (`Repository.commitGraph(from:extending:)`).
///
/// Layout (little-endian): "cg1", the commit count (UInt32), then per commit in number order its
/// 20-byte id, committer time (Int64), parent count (UInt16) and parent numbers (UInt32 each).
extension CommitGraph {
    private static let magic: [UInt8] = Array("cg1".utf8)

    /// The graph's bytes.
    public var serialized: Data {
        var bytes = Self.magic
        bytes.reserveCapacity(3 + 4 + ids.count * 34 + parentList.count * 4)
        append(UInt32(ids.count), to: &bytes)
        for (index, id) in ids.enumerated() {
            var oid = id.raw
            withUnsafeBytes(of: &oid.id) { bytes.append(contentsOf: $0) }
            append(times[index], to: &bytes)
            let parents = parents(of: Int32(index))
            append(UInt16(parents.count), to: &bytes)
            for parent in parents { append(UInt32(bitPattern: parent), to: &bytes) }
        }
        return Data(bytes)
    }

    /// The graph `serialized` wrote; nil for foreign or damaged bytes (a parent after its child included).
    public init?(serialized data: Data) {
        guard let graph = data.withUnsafeBytes({ Self.decode($0) }) else { return nil }
        self = graph
    }

    private static func decode(_ raw: UnsafeRawBufferPointer) -> CommitGraph? {
        guard raw.count >= 7, raw.prefix(3).elementsEqual(magic) else { return nil }
        var offset = 3
        func read<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard offset + MemoryLayout<T>.size <= raw.count else { return nil }
            defer { offset += MemoryLayout<T>.size }
            return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
        guard let count = read(UInt32.self) else { return nil }
        var graph = CommitGraph()
        var parents: [ObjectID] = []
        for index in 0..<Int(count) {
            guard offset + 20 <= raw.count else { return nil }
            var oid = git_oid()
            withUnsafeMutableBytes(of: &oid.id) {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + 20]))
            }
            offset += 20
            guard let time = read(Int64.self), let parentCount = read(UInt16.self) else { return nil }
            parents.removeAll(keepingCapacity: true)
            for _ in 0..<parentCount {
                guard let parent = read(UInt32.self), Int(parent) < index else { return nil }
                parents.append(graph.ids[Int(parent)])
            }
            graph.add(ObjectID(oid), time: time, parents: parents)
        }
        return offset == raw.count ? graph : nil
    }

    private func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
