import Mustache

/// What every page shows around its content: the language, the title, who is signed in, the
/// navigation, the language switch and the sign-out form with its CSRF token.
struct PageFrame: Sendable {
    /// A link of the navigation bar.
    struct NavLink: Sendable {
        /// The path.
        var href: String
        /// The label (translated).
        var label: String
        /// Whether it is the page shown (`aria-current`).
        var current: Bool
    }

    /// A choice of the language switch.
    struct LanguageOption: Sendable {
        /// The code (`fr`).
        var code: String
        /// The language's own name.
        var name: String
        /// Whether it is the language shown.
        var selected: Bool
    }

    /// The page's language code (`<html lang>`).
    var lang: String
    /// The page's title (translated).
    var title: String
    /// The signed-in user's display name, or `nil` on the sign-in page.
    var userName: String?
    /// The user's partner (short name).
    var partnerName: String?
    /// The user's role (translated).
    var roleName: String?
    /// The token every POST form carries.
    var csrf: String
    /// The navigation (empty on the sign-in page).
    var nav: [NavLink]
    /// The language switch.
    var languages: [LanguageOption]
    /// Where the language switch returns to.
    var returnPath: String
    /// When the page was made, in the page's locale (UTC).
    var generatedAt: String
}

/// The object a template renders: the frame, the page's texts and the page's own model.
struct PageModel<Body: Sendable>: Sendable {
    /// The frame.
    var frame: PageFrame
    /// Every text of the page's language (English where missing), by key.
    var t: [String: String]
    /// The page's content.
    var body: Body
}

extension PageModel: MustacheParent {
    /// The value the template names `name` (`frame`, `t` or `body`), without reflection: every
    /// name a page's rows do not answer is looked up here.
    func child(named name: String) -> Any? {
        switch name {
        case "frame": frame
        case "t": t
        case "body": body
        default: nil
        }
    }
}
