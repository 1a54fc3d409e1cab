@testable import ReportPage
import Testing

@Suite struct SquarifyTests {
    @Test func boxesFillTheBoundsWithAreasProportionalToWeights() {
        let weights = [60.0, 30, 6, 3, 1]

        let boxes = Squarify.layout(weights, in: Box(x: 0, y: 0, width: 100, height: 50))

        for (weight, box) in zip(weights, boxes) {
            #expect(abs(box.width * box.height - weight / 100 * 5000) < 1e-6)
            #expect(box.x >= -1e-9 && box.y >= -1e-9 && box.x + box.width <= 100 + 1e-9 && box.y + box.height <= 50 + 1e-9)
        }
    }

    @Test func boxesDoNotOverlap() {
        let boxes = Squarify.layout([5, 4, 3, 2, 2, 1, 1, 1], in: Box(x: 0, y: 0, width: 40, height: 30))

        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] {
                let overlapX = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
                let overlapY = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
                #expect(overlapX <= 1e-9 || overlapY <= 1e-9)
            }
        }
    }

    @Test func zeroWeightsGetEmptyBoxes() {
        let boxes = Squarify.layout([3, 0], in: Box(x: 0, y: 0, width: 10, height: 10))

        #expect(boxes[1].width * boxes[1].height == 0)
        #expect(abs(boxes[0].width * boxes[0].height - 100) < 1e-9)
    }

    @Test func layersPutImportersAboveWhatTheyImportAndSurviveCycles() {
        let layout = GraphLayout(nodes: ["App", "Core", "Net", "Cache"], edges: [(0, 1), (1, 2), (2, 3), (3, 2)])

        #expect(layout.layer[0] == 0)
        #expect(layout.layer[1] == 1)
        #expect(layout.layer[2] == 2)
        #expect(layout.layer[3] == 3)
    }
}
