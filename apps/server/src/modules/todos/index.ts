/** What the to-do module offers the rest of the server. */
export { listTodos } from './todo.service';
