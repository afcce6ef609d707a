// The screens' words about the audit log, in Norwegian Bokmål.
#include "sammen/audit/screen_messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"title", "Revisjonslogg"},
    {"intro", "Hver administrative handling, nyeste først: hvem, når og hva. Loggen kan bare legges til, aldri endres."},
    {"who_when", "{who} · {when}"},
    {"command_line", "Kommandolinjen på serveren"},
    {"installation_token", "Installasjonens administratornøkkel"},
    {"loading", "Laster …"},
    {"older", "Vis eldre"},
    {"action.person.create_administrator", "Administrator opprettet: {subject}"},
    {"action.municipality.set", "Kommunen satt opp: {subject}"},
    {"action.process.create", "Prosess opprettet: {subject}"},
    {"action.process.change", "Prosess endret: {subject}"},
    {"action.proposal.add", "Forslag lagt til: {subject}"},
    {"action.proposal.change", "Forslag endret: {subject}"},
    {"action.voting.open", "Avstemning åpnet: {subject}"},
    {"action.voting.close", "Avstemning lukket: {subject}"},
    {"action.result.publish", "Resultat publisert: {subject}"},
    {"action.result.preview", "Resultat forhåndsvist: {subject}"},
    {"action.roll.import", "Manntall importert: {subject}"},
    {"action.roll.mark_used_on_paper", "Kode brukt på papir: {subject}"},
    {"action.role.grant", "Rolle gitt til person {subject}"},
    {"action.role.remove", "Rolle tatt fra person {subject}"},
    {"action.token.create", "API-nøkkel laget for person {subject}"},
    {"action.token.revoke", "API-nøkkel trukket tilbake: {subject}"},
};

}  // namespace

std::span<const Message> audit_screen_messages_nb() {
  return kMessages;
}

}  // namespace sammen
