/// Data tables for recognising pages that answer 200 but say "not found", and login pages.
enum SoftNotFoundSigns {
    /// Lower-cased fragments of a final URL's path that name an error page.
    static let errorPathFragments = [
        "/404", "404.htm", "/not-found", "/notfound", "/not_found", "/page-not-found", "/pagenotfound",
        "/error/404", "/errors/404", "/error404", "/page-404",
    ]

    /// Lower-cased phrases of a page title that mean "not found".
    static let titlePhrases = [
        "page not found", "not found", "404", "page does not exist", "page doesn't exist", "no longer available",
        "no longer exists", "nicht gefunden", "page introuvable", "página no encontrada", "pagina non trovata",
    ]

    /// Lower-cased path prefixes of login pages: a redirect to one proves nothing about the linked page.
    static let loginPathPrefixes = [
        "/login", "/signin", "/sign-in", "/accounts/login", "/i/flow/login", "/auth/login", "/user/login",
        "/session/new", "/checkpoint",
    ]

    static func pathNamesError(_ path: String) -> Bool {
        let path = path.lowercased()
        return errorPathFragments.contains { path.contains($0) }
    }

    static func titleSaysNotFound(_ title: String) -> Bool {
        let words = title.lowercased()
        return titlePhrases.contains { phrase in
            guard let range = words.range(of: phrase) else { return false }
            // "404" must stand alone, not be part of "4040" or "A404".
            let before = range.lowerBound == words.startIndex ? nil : words[words.index(before: range.lowerBound)]
            let after = range.upperBound == words.endIndex ? nil : words[range.upperBound]
            return !(before?.isLetter == true || before?.isNumber == true || after?.isLetter == true
                || after?.isNumber == true)
        }
    }

    static func isLoginPath(_ path: String) -> Bool {
        let path = path.lowercased()
        return loginPathPrefixes.contains { path == $0 || path.hasPrefix($0 + "/") || path.hasPrefix($0 + "?") || path.hasPrefix($0 + ".") }
    }
}
