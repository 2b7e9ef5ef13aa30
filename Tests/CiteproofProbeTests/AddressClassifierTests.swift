@testable import CiteproofProbe
import Testing

@Suite struct AddressClassifierTests {
    @Test(arguments: [
        ([127, 0, 0, 1], AddressClass.loopback), ([10, 1, 2, 3], .privateNetwork), ([172, 31, 255, 1], .privateNetwork),
        ([192, 168, 0, 1], .privateNetwork), ([100, 64, 0, 1], .privateNetwork), ([169, 254, 169, 254], .linkLocal),
        ([224, 0, 0, 1], .multicast), ([0, 0, 0, 0], .unspecified), ([255, 255, 255, 255], .unspecified),
    ] as [([UInt8], AddressClass)])
    func ipv4NonPublic(bytes: [UInt8], expected: AddressClass) {
        #expect(AddressClassifier.classify(bytes) == expected)
    }

    @Test(arguments: [[8, 8, 8, 8], [172, 32, 0, 1], [100, 128, 0, 1], [93, 184, 215, 14]] as [[UInt8]])
    func ipv4Public(bytes: [UInt8]) {
        #expect(AddressClassifier.classify(bytes) == nil)
    }

    @Test func ipv6Classes() {
        func v6(_ groups: [UInt16]) -> [UInt8] { groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] } }
        #expect(AddressClassifier.classify(v6([0, 0, 0, 0, 0, 0, 0, 1])) == .loopback)
        #expect(AddressClassifier.classify(v6([0, 0, 0, 0, 0, 0, 0, 0])) == .unspecified)
        #expect(AddressClassifier.classify(v6([0xfd12, 0x3456, 0, 0, 0, 0, 0, 1])) == .privateNetwork)
        #expect(AddressClassifier.classify(v6([0xfe80, 0, 0, 0, 0, 0, 0, 1])) == .linkLocal)
        #expect(AddressClassifier.classify(v6([0xff02, 0, 0, 0, 0, 0, 0, 1])) == .multicast)
        // IPv4-mapped ::ffff:169.254.169.254 is the metadata address in disguise.
        #expect(AddressClassifier.classify(v6([0, 0, 0, 0, 0, 0xffff, 0xa9fe, 0xa9fe])) == .linkLocal)
        #expect(AddressClassifier.classify(v6([0x2606, 0x4700, 0, 0, 0, 0, 0, 0x1111])) == nil)
    }
}
