import Consortium
import Foundation
import Hummingbird
import Orbits
import Storage

extension Console {
    /// Serves a page: 303 to sign-in without a valid session; otherwise the page, rendered
    /// in the viewer's language, with its render time in `Server-Timing`.
    func page(_ request: Request, navKey: String, render: PageRenderer) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        guard let current = try await sessions.current(secret: request.cookies[ConsoleSessions.sessionCookie]?.value)
        else {
            return Self.redirect(to: "\(Self.prefix)/sign-in")
        }
        let language = language(of: request)
        do {
            let input = try await pageInput(
                for: current.principal, language: language, csrf: ConsoleSessions.csrfToken(forSecret: current.secret),
                query: Self.query(of: request), queryLists: Self.queryLists(of: request))
            var timing = ServerTiming()
            timing.add("session", since: start)
            let pageStart = clock.now
            let content = try await render(input)
            timing.add("page", since: pageStart)
            timing.append(content.timing)
            let partner = try await repository.get(Partner.self, id: current.principal.partner)
            let frame = self.frame(
                for: input, titleKey: content.titleKey, navKey: navKey, partnerName: partner?.value.shortName,
                returnPath: request.uri.path)
            let html = try timing.measure("template") {
                try renderTemplate(content.template, frame: frame, body: content.body, language: language)
            }
            return Self.html(html, serverTiming: timing.header(total: ServerTiming.milliseconds(since: start)))
        } catch {
            logger.error("console page failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return try errorPage(language: language, status: .internalServerError)
        }
    }

    /// What a page renders from: the viewer (with the access policy of the agreements in force
    /// today), the query, the locale and the console's caches.
    func pageInput(
        for principal: Principal, language: ConsoleLanguage, csrf: String, query: [String: String],
        queryLists: [String: [String]]
    ) async throws -> PageInput {
        let now = configuration.clock.now()
        let agreements = try await repository.all(Agreement.self).map(\.value)
        let missions = try await repository.all(Mission.self).map(\.value)
        let user = try await repository.get(User.self, id: principal.user)
        let viewer = Viewer(
            principal: principal, userName: user?.value.name ?? principal.user.rawValue,
            policy: AccessPolicy(agreements: agreements, missions: missions, on: Day(now)), language: language,
            csrf: csrf)
        return PageInput(
            viewer: viewer, repository: repository, format: LocaleFormat(language), catalogue: resources.messages,
            query: query, queryLists: queryLists, now: now, scheduleViews: scheduleViews, passCache: passCache,
            timelineCache: timelineCache)
    }

    /// The frame of a signed-in page.
    func frame(
        for input: PageInput, titleKey: String, navKey: String, partnerName: String?, returnPath: String
    ) -> PageFrame {
        let viewer = input.viewer
        return PageFrame(
            lang: viewer.language.rawValue, title: input.text(titleKey), userName: viewer.userName,
            partnerName: partnerName ?? viewer.principal.partner.rawValue,
            roleName: input.text("role_\(viewer.principal.role.rawValue)"), csrf: viewer.csrf,
            nav: pages.map { page in
                PageFrame.NavLink(
                    href: "\(Self.prefix)/\(page.path)", label: input.text(page.label), current: page.label == navKey)
            },
            languages: Self.languageOptions(selected: viewer.language), returnPath: returnPath,
            generatedAt: input.format.dateTime(input.now))
    }

    /// Renders `template` with the frame, the language's texts and `body`.
    func renderTemplate(
        _ template: String, frame: PageFrame, body: any Sendable, language: ConsoleLanguage
    ) throws(ConsoleError) -> String {
        let model = PageModel(frame: frame, t: resources.messages.texts(for: language), body: body)
        guard let html = resources.templates.render(model, withTemplate: template) else {
            throw ConsoleError(.resourceMissing, field: "Templates/\(template).mustache", detail: "no such template")
        }
        return html
    }

    /// A page saying that something failed (the cause is logged, not shown).
    func errorPage(language: ConsoleLanguage, status: HTTPResponse.Status) throws -> Response {
        let texts = resources.messages
        let frame = PageFrame(
            lang: language.rawValue, title: texts.format("error_title", in: language), userName: nil, partnerName: nil,
            roleName: nil, csrf: "", nav: [], languages: [], returnPath: "\(Self.prefix)/overview", generatedAt: "")
        let html = try renderTemplate("error", frame: frame, body: ErrorBody(), language: language)
        return Self.html(html, status: status)
    }

    /// The body of the error page (its texts come from the catalogue).
    struct ErrorBody: Sendable {}

    /// The language of a request: the `concord_lang` cookie, else the browser's
    /// `Accept-Language`, else English.
    func language(of request: Request) -> ConsoleLanguage {
        if let cookie = request.cookies[ConsoleSessions.languageCookie]?.value,
            let language = ConsoleLanguage(rawValue: cookie)
        {
            return language
        }
        if let header = request.headers[.acceptLanguage],
            let language = ConsoleLanguage.preferred(byAcceptLanguage: header)
        {
            return language
        }
        return .fallback
    }

    /// The language switch's options.
    static func languageOptions(selected: ConsoleLanguage) -> [PageFrame.LanguageOption] {
        ConsoleLanguage.allCases.map {
            PageFrame.LanguageOption(code: $0.rawValue, name: $0.nativeName, selected: $0 == selected)
        }
    }

    /// Every value of each query parameter (at most 50 in all).
    static func queryLists(of request: Request) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for (name, value) in request.uri.queryParameters.prefix(50) {
            values[String(name), default: []].append(String(value))
        }
        return values
    }

    /// The first value of each query parameter.
    static func query(of request: Request) -> [String: String] {
        var values: [String: String] = [:]
        for (name, value) in request.uri.queryParameters where values[String(name)] == nil {
            values[String(name)] = String(value)
        }
        return values
    }
}
