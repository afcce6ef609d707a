#include "http_json.h"

#include <cctype>
#include <string>

namespace sammen::server {

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kMalformedJson:
    case ErrorCode::kWrongType:
    case ErrorCode::kMissingField:
    case ErrorCode::kBadRequest:
    case ErrorCode::kUnsupportedVersion: return 400;
    case ErrorCode::kBodyTooLarge: return 413;
    case ErrorCode::kNotFound:
    case ErrorCode::kUnknownProcess: return 404;
    case ErrorCode::kVoterCodeMissing:
    case ErrorCode::kAdminTokenInvalid: return 401;
    case ErrorCode::kVoterCodeUnknown:
    case ErrorCode::kRungForbids: return 403;
    case ErrorCode::kVotingNotOpen:
    case ErrorCode::kVotingClosed:
    case ErrorCode::kResultNotPublished:
    case ErrorCode::kAlreadyPublished: return 409;
    case ErrorCode::kUnknownDistrict:
    case ErrorCode::kUnknownProposal:
    case ErrorCode::kProposalNotOnBallot:
    case ErrorCode::kProposalInOtherDistrict:
    case ErrorCode::kDuplicateProposal:
    case ErrorCode::kEmptyBallot:
    case ErrorCode::kTooManyApprovals:
    case ErrorCode::kOverBudget:
    case ErrorCode::kUnderMinimumSpend: return 422;
    case ErrorCode::kStorageFailed: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

namespace {

// "nb-NO" -> nb; Norwegian Nynorsk and plain "no" read Bokmål.
std::optional<Language> language_of_tag(std::string tag) {
  for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string primary = tag.substr(0, tag.find('-'));
  if (primary == "nb" || primary == "no" || primary == "nn") return Language::kNorwegianBokmal;
  return language_from_tag(primary);
}

// The first language of an Accept-Language list Sammen speaks, honouring q
// values (highest first; equal q in the order given).
std::optional<Language> accept_language(std::string_view header) {
  std::optional<Language> best;
  double best_q = 0.0;
  std::size_t start = 0;
  while (start <= header.size()) {
    std::size_t end = header.find(',', start);
    if (end == std::string_view::npos) end = header.size();
    std::string item(header.substr(start, end - start));
    start = end + 1;
    double q = 1.0;
    if (const std::size_t semi = item.find(';'); semi != std::string::npos) {
      const std::size_t eq = item.find("q=", semi);
      if (eq != std::string::npos) q = std::atof(item.c_str() + eq + 2);
      item.resize(semi);
    }
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (const std::optional<Language> l = language_of_tag(item); l && q > best_q) {
      best = l;
      best_q = q;
    }
  }
  return best;
}

}  // namespace

Language request_language(const httplib::Request& request, std::optional<Language> body) {
  if (request.has_param("lang")) {
    if (const std::optional<Language> l = language_of_tag(request.get_param_value("lang")))
      return *l;
  }
  if (body) return *body;
  if (request.has_header("Accept-Language")) {
    if (const std::optional<Language> l =
            accept_language(request.get_header_value("Accept-Language"))) {
      return *l;
    }
  }
  return Language::kNorwegianBokmal;
}

std::optional<Language> body_language(const wire::Json& body) {
  if (!body.is_object()) return std::nullopt;
  const auto it = body.find("language");
  if (it == body.end() || !it->is_string()) return std::nullopt;
  return language_from_tag(it->get_ref<const std::string&>());
}

void send_json(httplib::Response& response, int status, const wire::Json& body) {
  response.status = status;
  // Replace, never throw, should a string ever hold invalid UTF-8 (an id
  // echoed from a URL, say).
  response.set_content(body.dump(-1, ' ', false, wire::Json::error_handler_t::replace),
                       kJsonContentType);
}

void send_problems(httplib::Response& response, const std::vector<Problem>& problems,
                   Language language, std::string_view currency) {
  send_json(response, http_status(problems.front().code),
            wire::encode_error(problems, language, currency));
}

void send_http_failure(httplib::Response& response, int status, Language language) {
  const ErrorCode code = status >= 500 ? ErrorCode::kInternal : ErrorCode::kBadRequest;
  send_json(response, status, wire::encode_error({{code, ""}}, language));
}

}  // namespace sammen::server
