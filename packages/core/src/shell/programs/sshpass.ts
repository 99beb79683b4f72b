/** sshpass: `-p VALUE` / `-pVALUE` is the password it types. */
import { ATTACHED_PASSWORD, type Program } from "./kit.js";

export const sshpass: Program = {
  names: ["sshpass"],
  credentials: (words, sink) => {
    for (let i = 0; i < words.length; i++) {
      const value = words[i]!.value;
      if (value === "-p") sink.value("password option", words[++i], 0);
      else if (ATTACHED_PASSWORD.test(value)) sink.value("password option", words[i], 2);
    }
  },
};
