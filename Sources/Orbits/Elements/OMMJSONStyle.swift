/// How ``OMM/json(_:style:)`` writes JSON.
public enum OMMJSONStyle: Sendable, Hashable {
    /// CelesTrak's layout: the 17 members `OBJECT_NAME` … `MEAN_MOTION_DDOT`, numbers as JSON
    /// numbers. Header, metadata beyond name and ID, GM, covariance and user-defined parameters
    /// are not written.
    case celestrak
    /// Space-Track's layout: header and metadata members first (`CCSDS_OMM_VERS`, `COMMENT`,
    /// `CREATION_DATE` …), every value as a JSON string, then GM, spacecraft and covariance
    /// members when present, then user-defined parameters as extra members (named
    /// `USER_DEFINED_<name>` only when `<name>` is itself an OMM keyword). Header comments are
    /// joined with line feeds in one `COMMENT`; metadata and data comments are not written.
    case spaceTrack
}
