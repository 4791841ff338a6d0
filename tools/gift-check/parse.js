// Prints the questions gift-pegjs reads from the GIFT text on standard input, as JSON.
// A syntax error prints its message and location on standard error and exits with 1.
const { parse } = require("gift-pegjs");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(parse(text)));
  } catch (error) {
    const where = error.location ? ` at line ${error.location.start.line}` : "";
    process.stderr.write(`${error.message}${where}\n`);
    process.exit(1);
  }
});
