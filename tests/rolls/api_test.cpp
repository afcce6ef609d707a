// The roll over HTTP: a file uploaded by an administrator, answered with
// the letters as JSON, a spreadsheet or a printable page.
#include "fjordby_fixture.h"

namespace sammen::testing {
namespace {

const std::string kRoll = std::string(kFjordbyProcess) + "/roll";

class RollsApi : public FjordbyTest {
 protected:
  httplib::Result upload(const std::string& file, const std::string& query,
                         const httplib::Headers& headers) const {
    return client().Post(kRoll + query, headers, file, "text/csv");
  }
};

TEST_F(RollsApi, ImportAnswersWithTheLettersAsJson) {
  const httplib::Result r = upload(roll_file(20), "", admin());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  const Json j = body(r);
  EXPECT_EQ(j["voters"], 20);
  ASSERT_EQ(j["letters"].size(), 20u);
  EXPECT_EQ(j["letters"][1]["district"], "Sør");
  EXPECT_EQ(j["census"]["districts"][0]["district_id"], "nord");
  const Json summary = body(get(kRoll, admin()));
  EXPECT_EQ(summary["voters"], 20);
  EXPECT_FALSE(summary.contains("letters")) << "the codes exist only in the import's answer";
}

TEST_F(RollsApi, ImportAnswersWithASpreadsheetOrAPrintablePage) {
  const httplib::Result csv = upload(roll_file(3), "?format=csv&lang=en", admin());
  ASSERT_EQ(csv->status, 201) << csv->body;
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("voter-letters-budsjett.csv"),
            std::string::npos);
  EXPECT_EQ(csv->body.substr(3, csv->body.find("\r\n") - 3),
            "\"Name\";\"Address\";\"District\";\"Voter code\"");
  const httplib::Result html = upload(roll_file(3), "?format=html&lang=nb", admin());
  ASSERT_EQ(html->status, 201);
  EXPECT_EQ(html->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(html->body.find("«Innbyggerbudsjett» i Fjordby kommune"), std::string::npos);
}

TEST_F(RollsApi, ABadFileIsRefusedWithEveryBadLine) {
  const httplib::Result r =
      upload("Navn;Adresse;Født;Bydel\nA;B;1980;Nord\nC;;1980;Nord\nE;F;x;Vest\n", "", admin());
  ASSERT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "roll.field_empty");
  EXPECT_EQ(body(r)["error"]["problems"].size(), 3u);
  EXPECT_EQ(get(kRoll, admin())->status, 404) << "nothing was imported";
}

TEST_F(RollsApi, OnlyAnAdministratorsFileIsRead) {
  const httplib::Result none = upload(roll_file(3), "", {});
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(error_code(none), "auth.sign_in_required");
  ASSERT_EQ(sign_up("Rita", "rita@example.no", "a long password", 1990, "nord")->status, 202);
  const Session rita = sign_in("rita@example.no", "a long password");
  const httplib::Result resident = upload(roll_file(3), "", rita.headers());
  EXPECT_EQ(resident->status, 403);
  EXPECT_EQ(body(resident)["error"]["message"], "Bare en administrator kan gjøre dette.");
}

TEST_F(RollsApi, StaffMarkACodeUsedOnPaper) {
  const Json letters = body(upload(roll_file(2), "", admin()))["letters"];
  const std::string code = letters[0]["code"];
  const std::string mark = Json{{"version", 1}, {"voter_code", code}}.dump();
  EXPECT_EQ(post(kRoll + "/paper", mark, admin())->status, 200);
  const httplib::Result again = post(kRoll + "/paper", mark, admin());
  EXPECT_EQ(again->status, 409);
  EXPECT_EQ(error_code(again), "roll.already_used_on_paper");
  EXPECT_EQ(body(get(kRoll, admin()))["used_on_paper"], 1);
}

}  // namespace
}  // namespace sammen::testing
