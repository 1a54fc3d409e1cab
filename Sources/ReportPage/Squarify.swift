/// A rectangle in chart coordinates.
struct Box: Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}

/// The squarified treemap layout (Bruls, Huizing and van Wijk, 2000): rows of rectangles whose aspect
/// ratios stay close to 1, each rectangle's area proportional to its weight.
enum Squarify {
    /// One box per weight, in the order given; weights must be sorted largest first. Zero or negative
    /// weights get empty boxes.
    static func layout(_ weights: [Double], in bounds: Box) -> [Box] {
        var boxes = Array(repeating: Box(x: bounds.x, y: bounds.y, width: 0, height: 0), count: weights.count)
        let total = weights.filter { $0 > 0 }.reduce(0, +)
        guard total > 0, bounds.width > 0, bounds.height > 0 else { return boxes }
        let scale = bounds.width * bounds.height / total
        let areas = weights.map { max(0, $0) * scale }
        var free = bounds
        var start = 0
        let count = areas.firstIndex { $0 <= 0 } ?? areas.count
        while start < count {
            let side = min(free.width, free.height)
            var end = start + 1
            while end < count && worst(areas[start...end], side) <= worst(areas[start..<end], side) { end += 1 }
            place(areas[start..<end], from: start, into: &free, boxes: &boxes)
            start = end
        }
        return boxes
    }

    /// The worst aspect ratio of a row laid along a side of this length.
    private static func worst(_ row: ArraySlice<Double>, _ side: Double) -> Double {
        let sum = row.reduce(0, +)
        guard let largest = row.max(), let smallest = row.min(), sum > 0, smallest > 0 else { return .infinity }
        let squared = side * side
        return max(squared * largest / (sum * sum), sum * sum / (squared * smallest))
    }

    /// Lays a row along the shorter side of `free` and shrinks `free` by it.
    private static func place(_ row: ArraySlice<Double>, from start: Int, into free: inout Box, boxes: inout [Box]) {
        let sum = row.reduce(0, +)
        if free.width >= free.height {
            let width = free.height > 0 ? sum / free.height : 0
            var y = free.y
            for (offset, area) in row.enumerated() {
                let height = width > 0 ? area / width : 0
                boxes[start + offset] = Box(x: free.x, y: y, width: width, height: height)
                y += height
            }
            free.x += width
            free.width -= width
        } else {
            let height = free.width > 0 ? sum / free.width : 0
            var x = free.x
            for (offset, area) in row.enumerated() {
                let width = height > 0 ? area / height : 0
                boxes[start + offset] = Box(x: x, y: free.y, width: width, height: height)
                x += width
            }
            free.y += height
            free.height -= height
        }
    }
}
