/** A numbered page of a list, with how many items the list holds. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
