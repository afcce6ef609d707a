// Page paths: the addresses of the HTML path, in one place.
//
// The scheme is shared with the canvas client, which links to these pages,
// and with residents, who share them: once published, a path never changes.
// Ids are percent-encoded; the patterns capture them decoded, process first.
//
//   /html/                                          the municipality's processes
//   /html/processes/{pid}                           a process and its districts
//   /html/processes/{pid}/districts/{did}           a district's proposals
//   /html/processes/{pid}/proposals/{id}            one proposal
//   /html/processes/{pid}/districts/{did}/ballot    the ballot (GET, POST)
//   .../ballot/code                                 the voter code (GET, POST)
//   .../ballot/done                                 the confirmation
//   /html/processes/{pid}/results                   the published result
//   /html/signin, /html/signup, /html/signout       an account (GET, POST; sign out POST)
//   /html/processes/{pid}/ideas                     the proposals residents wrote, with their stage
//   /html/processes/{pid}/ideas/new                 write a new proposal (GET, POST)
//   /html/processes/{pid}/ideas/{id}                one proposal's life (and its forms, POST .../{action})
//   /html/processes/{pid}/ideas/{id}/edit           edit a draft (GET, POST)
//   /html/processes/{pid}/council                   the youth council's workspace
//   /html/mine                                      my proposals and notices
//   /html/join                                      join a proposal by its code (GET, POST)
//   /html/funded                                    all funded work with its state
//
// The voter code and the confirmation load the ballot script
// (web/html-ballot.js), which blinds the resident's credential in the
// browser; every other page of the HTML path runs no script.
#pragma once

#include <string>
#include <string_view>

#include "core/form.h"

namespace sammen::server::paths {

// True for the HTML path's addresses (/html and everything under /html/).
inline bool is_html_path(std::string_view path) {
  return path == "/html" || path.substr(0, 6) == "/html/";
}

// True for the pages that load the ballot script: .../ballot/code and .../ballot/done.
inline bool loads_ballot_script(std::string_view path) {
  const auto ends_with = [path](std::string_view end) {
    return path.size() >= end.size() && path.substr(path.size() - end.size()) == end;
  };
  return path.substr(0, 16) == "/html/processes/" &&
         (ends_with("/ballot/code") || ends_with("/ballot/done"));
}

inline constexpr const char* kProcessPattern = R"(/html/processes/([^/]+))";
inline constexpr const char* kDistrictPattern = R"(/html/processes/([^/]+)/districts/([^/]+))";
inline constexpr const char* kProposalPattern = R"(/html/processes/([^/]+)/proposals/([^/]+))";

inline std::string process_page(const std::string& pid) {
  return "/html/processes/" + encode_form_value(pid);
}
inline std::string district_page(const std::string& pid, const std::string& did) {
  return process_page(pid) + "/districts/" + encode_form_value(did);
}
inline std::string proposal_page(const std::string& pid, const std::string& id) {
  return process_page(pid) + "/proposals/" + encode_form_value(id);
}
inline std::string ballot_page(const std::string& pid, const std::string& did) {
  return district_page(pid, did) + "/ballot";
}
inline std::string results_page(const std::string& pid) {
  return process_page(pid) + "/results";
}

inline constexpr const char* kSignIn = "/html/signin";
inline constexpr const char* kSignUp = "/html/signup";
inline constexpr const char* kSignOut = "/html/signout";
inline constexpr const char* kMine = "/html/mine";
inline constexpr const char* kJoin = "/html/join";
inline constexpr const char* kFunded = "/html/funded";
inline constexpr const char* kIdeasPattern = R"(/html/processes/([^/]+)/ideas)";
inline constexpr const char* kIdeaPattern = R"(/html/processes/([^/]+)/ideas/([a-z0-9-]{1,64}))";
inline constexpr const char* kCouncilPattern = R"(/html/processes/([^/]+)/council)";

inline std::string ideas_page(const std::string& pid) {
  return process_page(pid) + "/ideas";
}
inline std::string idea_page(const std::string& pid, const std::string& id) {
  return ideas_page(pid) + "/" + encode_form_value(id);
}
inline std::string council_page(const std::string& pid) {
  return process_page(pid) + "/council";
}
// The sign-in page that comes back to `next` (a path of this site).
inline std::string sign_in_page(const std::string& next) {
  return std::string(kSignIn) + "?next=" + encode_form_value(next);
}
// `next` when it is a path of the HTML path (not another site's address), else the front page.
inline std::string safe_next(const std::string& next) {
  if (next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\' &&
      is_html_path(next) && next.find_first_of("\r\n\\") == std::string::npos)
    return next;
  return "/html/";
}

}  // namespace sammen::server::paths
