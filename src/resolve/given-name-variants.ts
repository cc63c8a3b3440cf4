/**
 * Given names that are the same name in another language or transliteration (Volodymyr ~ Vladimir).
 * Each line is one equivalence class. Generic: these are names, not people.
 */
export const GIVEN_NAME_VARIANTS: string[][] = [
  ['volodymyr', 'vladimir', 'wladimir', 'wolodymyr'],
  ['dmytro', 'dmitry', 'dmitri', 'dmitriy'],
  ['oleksandr', 'alexander', 'aleksandr', 'alexandr', 'olexandr', 'alex'],
  ['oleksii', 'oleksiy', 'alexei', 'alexey', 'aleksei', 'aleksey'],
  ['andrii', 'andriy', 'andrei', 'andrey', 'andrew', 'andrzej'],
  ['yurii', 'yuriy', 'yuri', 'yury', 'iurii', 'george'],
  ['serhii', 'serhiy', 'sergei', 'sergey', 'sergii', 'sergiy'],
  ['mykola', 'nikolai', 'nikolay', 'nicholas'],
  ['mykhailo', 'mikhail', 'michael'],
  ['pavlo', 'pavel', 'paul'],
  ['petro', 'pyotr', 'petr', 'peter'],
  ['olena', 'elena', 'yelena', 'helen'],
  ['yuliia', 'yulia', 'yuliya', 'julia'],
  ['oksana', 'oxana'],
  ['ivan', 'john', 'johann', 'jan', 'juan', 'joao', 'giovanni', 'jean'],
  ['yevhen', 'yevgeny', 'evgeny', 'eugene'],
  ['vasyl', 'vasily', 'vasili'],
  ['hryhorii', 'grigory', 'gregory'],
  ['olha', 'olga'],
  ['iryna', 'irina'],
  ['kateryna', 'ekaterina', 'yekaterina', 'catherine'],
  ['mohammed', 'mohammad', 'muhammad', 'mohamed'],
  ['jd', 'j d'],
  ['jorg', 'joerg'],
  ['bjorn', 'bjoern'],
];
