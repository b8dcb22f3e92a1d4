import Consortium
import Hummingbird
import Storage

extension Console {
    /// The body of the sign-in page.
    struct SignInBody: Sendable {
        /// The form's CSRF token (also in the `concord_signin` cookie).
        var csrf: String
        /// The error shown above the form, translated, or `nil`.
        var error: String?
    }

    /// The sign-in form, with a fresh double-submit CSRF token.
    func signInForm(_ request: Request, error: String?, status: HTTPResponse.Status) async throws -> Response {
        let language = language(of: request)
        let token = ConsoleSessions.randomToken()
        let texts = resources.messages
        let frame = PageFrame(
            lang: language.rawValue, title: texts.format("signin_title", in: language), userName: nil,
            partnerName: nil, roleName: nil, csrf: token, nav: [],
            languages: Self.languageOptions(selected: language), returnPath: "\(Self.prefix)/sign-in",
            generatedAt: "")
        let html = try renderTemplate(
            "sign-in", frame: frame, body: SignInBody(csrf: token, error: error), language: language)
        let cookie = Cookie(
            name: ConsoleSessions.signInCookie, value: token, maxAge: 3600, path: "\(Self.prefix)/", httpOnly: true,
            sameSite: .strict)
        return Self.html(html, status: status, cookies: [cookie])
    }

    /// `POST /console/sign-in`: an API token exchanged for a session cookie. Only an API token
    /// signs in: the secret of a session or of a sign-in link is refused like an unknown one.
    func signIn(_ request: Request) async throws -> Response {
        let form = try await FormBody.read(request)
        let language = language(of: request)
        guard let expected = request.cookies[ConsoleSessions.signInCookie]?.value, let sent = form["_csrf"],
            ConsoleSessions.constantTimeEqual(expected, sent)
        else {
            return try await signInForm(
                request, error: resources.messages.format("signin_error_expired", in: language), status: .forbidden)
        }
        let secret = (form["token"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard ConsoleSessions.isWellFormed(secret),
            let principal = try await repository.principal(
                forTokenHash: APIToken.hash(secret: secret), kind: .api, at: configuration.clock.now())
        else {
            return try await signInForm(
                request, error: resources.messages.format("signin_error_invalid", in: language), status: .unauthorized)
        }
        return try await startSession(for: principal, request: request)
    }

    /// `GET /console/sign-in/link?code=…`: a one-time link exchanged for a session cookie.
    func signInWithLink(_ request: Request) async throws -> Response {
        let code = Self.query(of: request)["code"] ?? ""
        guard let principal = try await sessions.redeemLink(code) else {
            let language = language(of: request)
            return try await signInForm(
                request, error: resources.messages.format("signin_error_link", in: language), status: .unauthorized)
        }
        return try await startSession(for: principal, request: request)
    }

    /// Starts a session in the user's remembered language (else the request's) and goes to the overview.
    func startSession(for principal: Principal, request: Request) async throws -> Response {
        let language = try await sessions.rememberedLanguage(of: principal.user) ?? language(of: request)
        let secret = try await sessions.start(for: principal.user, language: language)
        logger.info("console sign-in", metadata: ["user": "\(principal.user)"])
        return Self.redirect(
            to: "\(Self.prefix)/overview", cookies: [Self.sessionCookie(secret), Self.languageCookie(language)])
    }

    /// `POST /console/sign-out`: revokes the session and clears the cookie.
    func signOut(_ request: Request) async throws -> Response {
        let form = try await FormBody.read(request)
        guard let current = try await sessions.current(secret: request.cookies[ConsoleSessions.sessionCookie]?.value)
        else {
            return Self.redirect(to: "\(Self.prefix)/sign-in", cookies: [Self.sessionCookie(nil)])
        }
        guard
            ConsoleSessions.constantTimeEqual(ConsoleSessions.csrfToken(forSecret: current.secret), form["_csrf"] ?? "")
        else {
            return forbidden(request)
        }
        try await sessions.end(secret: current.secret, of: current.principal.user)
        return Self.redirect(to: "\(Self.prefix)/sign-in", cookies: [Self.sessionCookie(nil)])
    }

    /// `POST /console/language`: sets the language cookie and, when signed in, remembers the
    /// language for the user (a new session carrying it replaces the current one).
    func switchLanguage(_ request: Request) async throws -> Response {
        let form = try await FormBody.read(request)
        guard let language = form["lang"].flatMap(ConsoleLanguage.init(rawValue:)) else { return forbidden(request) }
        let back = form["return"].flatMap { Self.isConsolePath($0) ? $0 : nil } ?? "\(Self.prefix)/overview"
        let sent = form["_csrf"] ?? ""
        if let current = try await sessions.current(secret: request.cookies[ConsoleSessions.sessionCookie]?.value) {
            guard ConsoleSessions.constantTimeEqual(ConsoleSessions.csrfToken(forSecret: current.secret), sent) else {
                return forbidden(request)
            }
            let secret = try await sessions.start(for: current.principal.user, language: language)
            try await sessions.end(secret: current.secret, of: current.principal.user)
            return Self.redirect(to: back, cookies: [Self.sessionCookie(secret), Self.languageCookie(language)])
        }
        guard let expected = request.cookies[ConsoleSessions.signInCookie]?.value,
            ConsoleSessions.constantTimeEqual(expected, sent)
        else {
            return forbidden(request)
        }
        return Self.redirect(to: "\(Self.prefix)/sign-in", cookies: [Self.languageCookie(language)])
    }

    /// 403 for a form whose CSRF token does not match.
    func forbidden(_ request: Request) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        let text = resources.messages.format("error_form", in: language(of: request))
        return Response(status: .forbidden, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
