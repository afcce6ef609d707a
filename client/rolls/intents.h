// What an administrator may ask for with a voter roll.
#pragma once

namespace sammen::client::rolls {

// Open the browser's file dialog for the roll's CSV file.
struct PickRollFile {};
// Send the picked file to the server.
struct ImportRoll {};
// Save the letters of the import as a spreadsheet (CSV) or a printable page (HTML).
struct ExportLetters {
  bool printable = false;
};

}  // namespace sammen::client::rolls
