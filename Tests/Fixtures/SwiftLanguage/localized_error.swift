import Foundation

// Foundation's LocalizedError: errorDescription is what localizedDescription shows.
enum UploadError: LocalizedError {
    case tooLarge(megabytes: Int)
    case offline

    var errorDescription: String? {
        switch self {
        case .tooLarge(let mb): return "The file is \(mb) MB, over the 10 MB limit"
        case .offline: return "No network connection"
        }
    }
}

struct QuotaError: LocalizedError {
    let used: Int
    var errorDescription: String? { "Quota used: \(used)%" }
}

func upload(_ size: Int, online: Bool) throws -> String {
    guard online else { throw UploadError.offline }
    guard size <= 10 else { throw UploadError.tooLarge(megabytes: size) }
    if size == 7 { throw QuotaError(used: 97) }
    return "uploaded \(size) MB"
}

for (size, online) in [(3, true), (12, true), (5, false), (7, true)] {
    do {
        print(try upload(size, online: online))
    } catch {
        print("failed:", error.localizedDescription)
        if let described = error as? LocalizedError {
            print("  description:", described.errorDescription ?? "none")
        }
    }
}
