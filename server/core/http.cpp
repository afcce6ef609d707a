#include "core/http.h"

#include <cctype>
#include <cstdio>
#include <exception>
#include <string>

#include "core/auth.h"
#include "core/page.h"
#include "core/page_paths.h"
#include "sammen/core/error_table.h"
#include "sammen/core/error_wire.h"

namespace sammen::server {
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

// A failure the model has no ErrorCode for (a bug: 500; or an HTTP-level
// refusal of httplib such as 400 or 414), in the same envelope.
void send_http_failure(httplib::Response& response, int status, Language language) {
  const ErrorCode code = status >= 500 ? ErrorCode::kInternal : ErrorCode::kBadRequest;
  send_json(response, status, error_envelope({{code, ""}}, {language}));
}

// The HTML path answers its errors with pages, the API with JSON.
bool is_page(const httplib::Request& request) {
  return paths::is_html_path(request.path);
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

Recipient recipient_of(const httplib::Request& request) {
  return Recipient{request_language(request)};
}

std::optional<Language> body_language(std::string_view body) {
  const Result<Json> json = parse_json(body);
  if (!json.ok() || !json.value().is_object()) return std::nullopt;
  const auto it = json.value().find("language");
  if (it == json.value().end() || !it->is_string()) return std::nullopt;
  return language_from_tag(it->get_ref<const std::string&>());
}

void send_json(httplib::Response& response, int status, const Json& body) {
  response.status = status;
  // dump_json replaces, never throws, should a string hold invalid UTF-8 (an
  // id echoed from a URL, say).
  response.set_content(dump_json(body), kJsonContentType);
}

void send_problems(httplib::Response& response, const std::vector<Problem>& problems,
                   const Recipient& recipient) {
  const std::string currency = recipient.currency();
  send_json(response, http_status(problems.front().code),
            error_envelope(problems, {recipient.language, currency}));
  // A refusal for too many attempts, or a busy server, says when to come
  // back (amount: seconds).
  const ErrorCode first = problems.front().code;
  if (first == ErrorCode::kTooManyAttempts || first == ErrorCode::kServerBusy ||
      first == ErrorCode::kTooManyWrites || first == ErrorCode::kPhotoTooMany || first == ErrorCode::kPhotoBusy)
    response.set_header("Retry-After", std::to_string(problems.front().amount));
}

std::optional<std::string> bearer(const httplib::Request& request) {
  return auth::bearer_token(request.get_header_value("Authorization"));
}

void install_error_answers(httplib::Server& server, std::size_t max_body_bytes) {
  server.set_payload_max_length(max_body_bytes);

  // httplib calls this for every status >= 400 before writing the response.
  // Handlers' own errors already carry a body and pass through; what is left
  // is httplib's: no route (404), too large a body (413), a bad request line.
  const auto limit = static_cast<std::int64_t>(max_body_bytes);
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [limit](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const Recipient recipient = recipient_of(req);
        if (is_page(req)) {
          const ErrorCode code = res.status == 404   ? ErrorCode::kNotFound
                                 : res.status == 413 ? ErrorCode::kBodyTooLarge
                                                     : ErrorCode::kBadRequest;
          send_problem_page(req, res, {{code, req.path, 0, limit}});
          return httplib::Server::HandlerResponse::Handled;
        }
        if (res.status == 404) {
          send_problems(res, {{ErrorCode::kNotFound, req.path}}, recipient);
        } else if (res.status == 413) {
          send_problems(res, {{ErrorCode::kBodyTooLarge, "", 0, limit}}, recipient);
        } else {
          send_http_failure(res, res.status, recipient.language);
        }
        return httplib::Server::HandlerResponse::Handled;
      }));

  // A bug in a handler is a 500 with a JSON body, never a dropped connection.
  server.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "sammen-server: bug: %s %s threw: %s\n", req.method.c_str(),
                     req.path.c_str(), what.c_str());
        std::fflush(stderr);
        res.body.clear();
        if (is_page(req)) return send_problem_page(req, res, {{ErrorCode::kInternal, ""}});
        send_http_failure(res, 500, request_language(req));
      });
}

}  // namespace sammen::server
