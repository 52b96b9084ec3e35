/**
 * The error of bad content: it names the file, the field and what is wrong
 * (`content/provisions.yaml: task-2.bodies[1]: unknown body "…"`), and fails the build with that
 * message. Thrown by the content loader, the model's checks, the conversion's and the search data's.
 */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}
