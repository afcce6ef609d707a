// The screens' words about the audit log, in Danish.
#include "sammen/audit/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"title", "Revisionslog"},
    {"intro", "Hver administrativ handling, nyeste først: hvem, hvornår og hvad. Loggen kan kun udvides, aldrig ændres."},
    {"who_when", "{who} · {when}"},
    {"command_line", "Kommandolinjen på serveren"},
    {"installation_token", "Installationens administratornøgle"},
    {"loading", "Indlæser …"},
    {"older", "Vis ældre"},
    {"action.person.create_administrator", "Administrator oprettet: {subject}"},
    {"action.municipality.set", "Kommunen sat op: {subject}"},
    {"action.process.create", "Proces oprettet: {subject}"},
    {"action.process.change", "Proces ændret: {subject}"},
    {"action.proposal.add", "Forslag tilføjet: {subject}"},
    {"action.proposal.change", "Forslag ændret: {subject}"},
    {"action.voting.open", "Afstemning åbnet: {subject}"},
    {"action.voting.close", "Afstemning lukket: {subject}"},
    {"action.result.publish", "Resultat offentliggjort: {subject}"},
    {"action.result.preview", "Resultat forhåndsvist: {subject}"},
    {"action.roll.import", "Valgliste importeret: {subject}"},
    {"action.roll.mark_used_on_paper", "Kode brugt på papir: {subject}"},
    {"action.role.grant", "Rolle givet til person {subject}"},
    {"action.role.remove", "Rolle fjernet fra person {subject}"},
    {"action.token.create", "API-nøgle lavet til person {subject}"},
    {"action.token.revoke", "API-nøgle trukket tilbage: {subject}"},
};

}  // namespace

std::span<const Message> audit_screen_messages_da() {
  return kMessages;
}

}  // namespace sammen
