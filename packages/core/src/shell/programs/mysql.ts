/** The MySQL and MariaDB clients: `-pVALUE` is a password (a separate `-p VALUE` prompts, and VALUE is the database). */
import { ATTACHED_PASSWORD, type Program } from "./kit.js";

export const mysql: Program = {
  names: ["mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-dump", "mariadb-admin"],
  credentials: (words, sink) => {
    for (const word of words) if (ATTACHED_PASSWORD.test(word.value)) sink.value("password option", word, 2);
  },
};
