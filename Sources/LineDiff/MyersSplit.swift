/// One step of xdiff's Myers divide and conquer (xdl_split): where to cut a box in two.
///
/// Runs the forward and backward searches on diagonals at once. It returns the middle snake when
/// they meet. Past a cost of 256 it accepts a long snake that is "interesting" enough, and past
/// `maxCost` the furthest-reaching diagonal, exactly as git does. Those shortcuts are what make git's
/// counts non-minimal at times; reproducing them is the point.
struct MyersSplit {
    let ha1: UnsafeBufferPointer<Int>
    let ha2: UnsafeBufferPointer<Int>
    /// Forward furthest-reaching i1 per diagonal, indexable from -(n2 + 1) to n1 + 1.
    let forward: UnsafeMutablePointer<Int>
    /// Backward furthest-reaching i1 per diagonal, same range.
    let backward: UnsafeMutablePointer<Int>
    let maxCost: Int

    private static let snakeCount = 20
    private static let heuristicMinimumCost = 256
    private static let heuristicFactor = 4
    private static let lineMax = Int.max

    struct Cut {
        var i1: Int
        var i2: Int
        var minLow: Bool
        var minHigh: Bool
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func split(_ box: LineDiffCounter.Box) -> Cut {
        let (off1, lim1, off2, lim2) = (box.off1, box.lim1, box.off2, box.lim2)
        let kvdf = forward
        let kvdb = backward
        let dmin = off1 - lim2
        let dmax = lim1 - off2
        let fmid = off1 - off2
        let bmid = lim1 - lim2
        let odd = (fmid - bmid) & 1 != 0
        var fmin = fmid
        var fmax = fmid
        var bmin = bmid
        var bmax = bmid
        kvdf[fmid] = off1
        kvdb[bmid] = lim1
        var cost = 1
        while true {
            var gotSnake = false
            if fmin > dmin {
                fmin -= 1
                kvdf[fmin - 1] = -1
            } else {
                fmin += 1
            }
            if fmax < dmax {
                fmax += 1
                kvdf[fmax + 1] = -1
            } else {
                fmax -= 1
            }
            var d = fmax
            while d >= fmin {
                var i1 = kvdf[d - 1] >= kvdf[d + 1] ? kvdf[d - 1] + 1 : kvdf[d + 1]
                let previous = i1
                var i2 = i1 - d
                while i1 < lim1 && i2 < lim2 && ha1[i1] == ha2[i2] {
                    i1 += 1
                    i2 += 1
                }
                if i1 - previous > Self.snakeCount { gotSnake = true }
                kvdf[d] = i1
                if odd && bmin <= d && d <= bmax && kvdb[d] <= i1 {
                    return Cut(i1: i1, i2: i2, minLow: true, minHigh: true)
                }
                d -= 2
            }

            if bmin > dmin {
                bmin -= 1
                kvdb[bmin - 1] = Self.lineMax
            } else {
                bmin += 1
            }
            if bmax < dmax {
                bmax += 1
                kvdb[bmax + 1] = Self.lineMax
            } else {
                bmax -= 1
            }
            d = bmax
            while d >= bmin {
                var i1 = kvdb[d - 1] < kvdb[d + 1] ? kvdb[d - 1] : kvdb[d + 1] - 1
                let previous = i1
                var i2 = i1 - d
                while i1 > off1 && i2 > off2 && ha1[i1 - 1] == ha2[i2 - 1] {
                    i1 -= 1
                    i2 -= 1
                }
                if previous - i1 > Self.snakeCount { gotSnake = true }
                kvdb[d] = i1
                if !odd && fmin <= d && d <= fmax && i1 <= kvdf[d] {
                    return Cut(i1: i1, i2: i2, minLow: true, minHigh: true)
                }
                d -= 2
            }

            if box.needsMinimal {
                cost += 1
                continue
            }

            if gotSnake && cost > Self.heuristicMinimumCost {
                var best = 0
                var cut = Cut(i1: 0, i2: 0, minLow: true, minHigh: false)
                d = fmax
                while d >= fmin {
                    let dd = d > fmid ? d - fmid : fmid - d
                    let i1 = kvdf[d]
                    let i2 = i1 - d
                    let v = (i1 - off1) + (i2 - off2) - dd
                    if v > Self.heuristicFactor * cost && v > best
                        && off1 + Self.snakeCount <= i1 && i1 < lim1
                        && off2 + Self.snakeCount <= i2 && i2 < lim2
                    {
                        var k = 1
                        while ha1[i1 - k] == ha2[i2 - k] {
                            if k == Self.snakeCount {
                                best = v
                                cut.i1 = i1
                                cut.i2 = i2
                                break
                            }
                            k += 1
                        }
                    }
                    d -= 2
                }
                if best > 0 { return cut }

                best = 0
                cut = Cut(i1: 0, i2: 0, minLow: false, minHigh: true)
                d = bmax
                while d >= bmin {
                    let dd = d > bmid ? d - bmid : bmid - d
                    let i1 = kvdb[d]
                    let i2 = i1 - d
                    let v = (lim1 - i1) + (lim2 - i2) - dd
                    if v > Self.heuristicFactor * cost && v > best
                        && off1 < i1 && i1 <= lim1 - Self.snakeCount
                        && off2 < i2 && i2 <= lim2 - Self.snakeCount
                    {
                        var k = 0
                        while ha1[i1 + k] == ha2[i2 + k] {
                            if k == Self.snakeCount - 1 {
                                best = v
                                cut.i1 = i1
                                cut.i2 = i2
                                break
                            }
                            k += 1
                        }
                    }
                    d -= 2
                }
                if best > 0 { return cut }
            }

            if cost >= maxCost {
                return furthestReaching(
                    off1: off1, lim1: lim1, off2: off2, lim2: lim2,
                    forwardRange: (fmin, fmax), backwardRange: (bmin, bmax))
            }
            cost += 1
        }
    }

    /// "Enough is enough": cut at the diagonal that got furthest, forward or backward.
    private func furthestReaching(
        off1: Int, lim1: Int, off2: Int, lim2: Int, forwardRange: (Int, Int), backwardRange: (Int, Int)
    ) -> Cut {
        var fbest = -1
        var fbest1 = -1
        var d = forwardRange.1
        while d >= forwardRange.0 {
            var i1 = min(forward[d], lim1)
            var i2 = i1 - d
            if lim2 < i2 {
                i1 = lim2 + d
                i2 = lim2
            }
            if fbest < i1 + i2 {
                fbest = i1 + i2
                fbest1 = i1
            }
            d -= 2
        }
        var bbest = Self.lineMax
        var bbest1 = Self.lineMax
        d = backwardRange.1
        while d >= backwardRange.0 {
            var i1 = max(off1, backward[d])
            var i2 = i1 - d
            if i2 < off2 {
                i1 = off2 + d
                i2 = off2
            }
            if i1 + i2 < bbest {
                bbest = i1 + i2
                bbest1 = i1
            }
            d -= 2
        }
        if (lim1 + lim2) - bbest < fbest - (off1 + off2) {
            return Cut(i1: fbest1, i2: fbest - fbest1, minLow: true, minHigh: false)
        }
        return Cut(i1: bbest1, i2: bbest - bbest1, minLow: false, minHigh: true)
    }
}
