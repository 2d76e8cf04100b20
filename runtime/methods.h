/* The method tables of the builtin types whose methods a firmware links
 * only when the program can name them: one line per entry,
 *   M(name id of names.def, C object, its C type)
 * The runtime's full tables (method_tables.c) serve the host and programs
 * that may look attributes up by a run-time name; a firmware image defines
 * the same tables with only the entries it can reach (backend-c/reach.c),
 * the rest of the fixed-size table zero (a zero name matches nothing). */
#ifndef MPYC_METHODS_H
#define MPYC_METHODS_H
#include "obj.h"

/* The methods str and bytes share (the same C objects serve both). */
#define RT_STR_AND_BYTES_METHODS(M) \
    M(center, str_center_obj, BuiltinFunction) \
    M(count, str_count_obj, BuiltinFunction) \
    M(endswith, str_endswith_obj, BuiltinFunction) \
    M(find, str_find_obj, BuiltinFunction) \
    M(index, str_index_obj, BuiltinFunction) \
    M(isalpha, str_isalpha_obj, BuiltinFunction) \
    M(isdigit, str_isdigit_obj, BuiltinFunction) \
    M(islower, str_islower_obj, BuiltinFunction) \
    M(isspace, str_isspace_obj, BuiltinFunction) \
    M(isupper, str_isupper_obj, BuiltinFunction) \
    M(join, str_join_obj, BuiltinFunction) \
    M(lower, str_lower_obj, BuiltinFunction) \
    M(lstrip, str_lstrip_obj, BuiltinFunction) \
    M(partition, str_partition_obj, BuiltinFunction) \
    M(replace, str_replace_obj, BuiltinFunction) \
    M(rfind, str_rfind_obj, BuiltinFunction) \
    M(rindex, str_rindex_obj, BuiltinFunction) \
    M(rpartition, str_rpartition_obj, BuiltinFunction) \
    M(rsplit, str_rsplit_obj, BuiltinFunction) \
    M(rstrip, str_rstrip_obj, BuiltinFunction) \
    M(split, str_split_obj, BuiltinFunction) \
    M(splitlines, str_splitlines_obj, BuiltinFunction) \
    M(startswith, str_startswith_obj, BuiltinFunction) \
    M(strip, str_strip_obj, BuiltinFunction) \
    M(upper, str_upper_obj, BuiltinFunction)

#define RT_STR_METHODS(M) \
    M(encode, str_encode_obj, BuiltinFunction) \
    M(format, str_format_obj, BuiltinFunction) \
    M(__new__, rt_builtin_new_obj, Wrapper) \
    RT_STR_AND_BYTES_METHODS(M)

#define RT_BYTES_METHODS(M) \
    M(decode, rt_bytes_decode_obj, BuiltinFunction) \
    M(fromhex, rt_bytes_fromhex_obj, BuiltinFunction) \
    M(hex, rt_bytes_hex_obj, BuiltinFunction) \
    RT_STR_AND_BYTES_METHODS(M)

#define RT_LIST_METHODS(M) \
    M(__init__, list_init_obj, BuiltinFunction) \
    M(append, list_append_obj, BuiltinFunction) \
    M(clear, list_clear_obj, BuiltinFunction) \
    M(copy, list_copy_obj, BuiltinFunction) \
    M(count, list_count_obj, BuiltinFunction) \
    M(extend, list_extend_obj, BuiltinFunction) \
    M(index, list_index_obj, BuiltinFunction) \
    M(insert, list_insert_obj, BuiltinFunction) \
    M(pop, list_pop_obj, BuiltinFunction) \
    M(remove, list_remove_obj, BuiltinFunction) \
    M(reverse, list_reverse_obj, BuiltinFunction) \
    M(sort, list_sort_obj, BuiltinFunction)

#define RT_DICT_METHODS(M) \
    M(__init__, dict_init_obj, BuiltinFunction) \
    M(clear, dict_clear_obj, BuiltinFunction) \
    M(copy, dict_copy_obj, BuiltinFunction) \
    M(fromkeys, dict_fromkeys_obj, Wrapper) \
    M(get, dict_get_obj, BuiltinFunction) \
    M(items, dict_items_obj, BuiltinFunction) \
    M(keys, dict_keys_obj, BuiltinFunction) \
    M(pop, dict_pop_obj, BuiltinFunction) \
    M(popitem, dict_popitem_obj, BuiltinFunction) \
    M(setdefault, dict_setdefault_obj, BuiltinFunction) \
    M(update, dict_update_obj, BuiltinFunction) \
    M(values, dict_values_obj, BuiltinFunction)

#define RT_INT_METHODS(M) \
    M(bit_length, int_bit_length_obj, BuiltinFunction) \
    M(to_bytes, int_to_bytes_obj, BuiltinFunction) \
    M(from_bytes, int_from_bytes_obj, Wrapper) \
    M(__new__, rt_builtin_new_obj, Wrapper)

#define RT_TUPLE_METHODS(M) \
    M(count, tuple_count_obj, BuiltinFunction) \
    M(index, tuple_index_obj, BuiltinFunction) \
    M(__new__, rt_builtin_new_obj, Wrapper)

#define RT_OBJECT_METHODS(M) \
    M(__init__, rt_object_init_obj, BuiltinFunction) \
    M(__new__, rt_object_new_obj, Wrapper) \
    M(__setattr__, rt_object_setattr_obj, BuiltinFunction) \
    M(__delattr__, rt_object_delattr_obj, BuiltinFunction) \
    M(__eq__, rt_object_eq_obj, BuiltinFunction) \
    M(__hash__, rt_object_hash_obj, BuiltinFunction) \
    M(__repr__, rt_object_repr_obj, BuiltinFunction) \
    M(__str__, rt_object_str_obj, BuiltinFunction)

/* Every table: T(table symbol, its entry list). */
#define RT_METHOD_TABLES(T) \
    T(rt_str_attrs, RT_STR_METHODS) T(rt_bytes_attrs, RT_BYTES_METHODS) \
    T(rt_list_attrs, RT_LIST_METHODS) T(rt_dict_attrs, RT_DICT_METHODS) \
    T(rt_int_attrs, RT_INT_METHODS) T(rt_tuple_attrs, RT_TUPLE_METHODS) \
    T(rt_object_attrs, RT_OBJECT_METHODS)

/* The constructors of builtin types a firmware links only when the program
 * can call the type (it names the type, type, __class__ or __new__, or
 * makes a class: backend-c/reach.c):
 *   C(type's names.def id, the constructor)
 * The type's make_new slot is the weak hook rt_new_<type>, which only the
 * program image defines (a call of the constructor); without it the type
 * cannot be called, which no such program can tell. */
#define RT_CONSTRUCTORS(C) \
    C(int, rt_int_make_new) \
    C(str, rt_str_make_new) \
    C(bytes, rt_bytes_make_new) \
    C(list, rt_list_make_new) \
    C(tuple, rt_tuple_make_new) \
    C(dict, rt_dict_make_new)
#define RT_CONSTRUCTOR_DECLARE(tname, impl) \
    Obj impl(const Type *type, size_t n_args, size_t n_kw, const Obj *args); \
    Obj rt_new_##tname(const Type *type, size_t n_args, size_t n_kw, const Obj *args) __attribute__((weak));
RT_CONSTRUCTORS(RT_CONSTRUCTOR_DECLARE)

#define RT_METHOD_COUNT_ONE(name, object, ctype) + 1
enum {
    RT_STR_N_ATTRS = 0 RT_STR_METHODS(RT_METHOD_COUNT_ONE),
    RT_BYTES_N_ATTRS = 0 RT_BYTES_METHODS(RT_METHOD_COUNT_ONE),
    RT_LIST_N_ATTRS = 0 RT_LIST_METHODS(RT_METHOD_COUNT_ONE),
    RT_DICT_N_ATTRS = 0 RT_DICT_METHODS(RT_METHOD_COUNT_ONE),
    RT_INT_N_ATTRS = 0 RT_INT_METHODS(RT_METHOD_COUNT_ONE),
    RT_TUPLE_N_ATTRS = 0 RT_TUPLE_METHODS(RT_METHOD_COUNT_ONE),
    RT_OBJECT_N_ATTRS = 0 RT_OBJECT_METHODS(RT_METHOD_COUNT_ONE),
};
#define RT_METHOD_TABLE_DECLARE(table, list) extern const AttrEntry table[];
RT_METHOD_TABLES(RT_METHOD_TABLE_DECLARE)
#define RT_METHOD_DECLARE(name, object, ctype) extern const ctype object;
RT_STR_METHODS(RT_METHOD_DECLARE)
RT_BYTES_METHODS(RT_METHOD_DECLARE)
RT_LIST_METHODS(RT_METHOD_DECLARE)
RT_DICT_METHODS(RT_METHOD_DECLARE)
RT_INT_METHODS(RT_METHOD_DECLARE)
RT_TUPLE_METHODS(RT_METHOD_DECLARE)
RT_OBJECT_METHODS(RT_METHOD_DECLARE)

#endif
