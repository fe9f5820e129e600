import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tiny HTTP server on the loopback interface for `watch`: `/` is the current page,
/// `/version?since=N` answers as soon as the page is newer than version N (a long poll,
/// so the browser reloads the moment a run finishes, with no polling delay).
final class PageServer: @unchecked Sendable {
  private let condition = NSCondition()
  private var page = ""
  private var version = 0
  private let socket: Int32
  /// The port bound (the one asked for, or the system's choice for 0).
  let port: UInt16

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  init(port requested: UInt16) throws {
    #if canImport(Glibc)
      let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw Failure(description: "cannot open a socket") }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = requested.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else {
      close(descriptor)
      throw Failure(description: "cannot listen on 127.0.0.1:\(requested): \(String(cString: strerror(errno)))")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    socket = descriptor
    port = UInt16(bigEndian: address.sin_port)
  }

  /// Shows a new page and wakes every browser waiting for it.
  func publish(_ html: String) {
    condition.lock()
    page = html
    version += 1
    condition.broadcast()
    condition.unlock()
  }

  var currentVersion: Int {
    condition.lock()
    defer { condition.unlock() }
    return version
  }

  /// Accepts connections on a thread of its own, each served on a thread of its own.
  func start() {
    Thread { [self] in
      while true {
        let client = accept(socket, nil, nil)
        guard client >= 0 else { continue }
        Thread { [self] in serve(client) }.start()
      }
    }.start()
  }

  private func serve(_ client: Int32) {
    defer { close(client) }
    var request = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !request.containsHeaderEnd, request.count < 65536 {
      let count = read(client, &buffer, buffer.count)
      guard count > 0 else { return }
      request += buffer[..<count]
    }
    let line = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
    let parts = line.split(separator: " ")
    guard parts.count >= 2, parts[0] == "GET" else {
      return respond(client, status: "405 Method Not Allowed", type: "text/plain", body: "GET only\n")
    }
    let target = parts[1]
    let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
    switch path {
    case "/", "/index.html":
      condition.lock()
      let html = page
      condition.unlock()
      respond(client, status: "200 OK", type: "text/html; charset=utf-8", body: html)
    case "/version":
      let since = target.split(separator: "since=").last.flatMap { Int($0) }
      respond(client, status: "200 OK", type: "text/plain", body: "\(waitForVersion(after: since))")
    default:
      respond(client, status: "404 Not Found", type: "text/plain", body: "not found\n")
    }
  }

  /// The version, once it is past `since` (or after 25 s, so proxies and browsers do not give up).
  private func waitForVersion(after since: Int?) -> Int {
    condition.lock()
    defer { condition.unlock() }
    guard let since else { return version }
    let deadline = Date(timeIntervalSinceNow: 25)
    while version <= since, condition.wait(until: deadline) {}
    return version
  }

  private func respond(_ client: Int32, status: String, type: String, body: String) {
    let bytes = Array(body.utf8)
    let head =
      "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(bytes.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    let data = Array(head.utf8) + bytes
    var sent = 0
    while sent < data.count {
      let count = data.withUnsafeBytes { write(client, $0.baseAddress! + sent, data.count - sent) }
      guard count > 0 else { return }
      sent += count
    }
  }
}

extension [UInt8] {
  fileprivate var containsHeaderEnd: Bool {
    guard count >= 4 else { return false }
    for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 {
      if self[index + 3] == 10 { return true }
    }
    return false
  }
}
