// The screens' words about the audit log, in English.
#include "sammen/audit/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"title", "Audit log"},
    {"intro", "Every administrative action, newest first: who, when and what. The log is only ever added to, never changed."},
    {"who_when", "{who} · {when}"},
    {"command_line", "The server's command line"},
    {"installation_token", "The installation's administrator token"},
    {"loading", "Loading …"},
    {"older", "Show older"},
    {"action.person.create_administrator", "Administrator created: {subject}"},
    {"action.municipality.set", "Municipality set up: {subject}"},
    {"action.process.create", "Process created: {subject}"},
    {"action.process.change", "Process changed: {subject}"},
    {"action.proposal.add", "Proposal added: {subject}"},
    {"action.proposal.change", "Proposal changed: {subject}"},
    {"action.voting.open", "Voting opened: {subject}"},
    {"action.voting.close", "Voting closed: {subject}"},
    {"action.result.publish", "Result published: {subject}"},
    {"action.result.preview", "Result previewed: {subject}"},
    {"action.roll.import", "Voter roll imported: {subject}"},
    {"action.roll.mark_used_on_paper", "Code used on paper: {subject}"},
    {"action.role.grant", "Role granted to person {subject}"},
    {"action.role.remove", "Role removed from person {subject}"},
    {"action.token.create", "API token made for person {subject}"},
    {"action.token.revoke", "API token revoked: {subject}"},
};

}  // namespace

std::span<const Message> audit_screen_messages_en() {
  return kMessages;
}

}  // namespace sammen
