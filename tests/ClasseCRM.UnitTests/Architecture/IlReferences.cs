using System.Reflection;
using System.Reflection.Emit;

namespace ClasseCRM.UnitTests.Architecture;

/// <summary>
/// What a type uses, read from the compiled assembly: its signatures (base type, interfaces, fields, properties,
/// parameters and return types) and every type, method or field its method bodies refer to (the IL's tokens) —
/// so a call hidden in a method body counts as much as a parameter type.
/// </summary>
public static class IlReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every type the type refers to (generic arguments and element types unwrapped).</summary>
    public static HashSet<Type> TypesUsedBy(Type type)
    {
        var used = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !used.Add(t))
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }
            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }
        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType);
        }
        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType);
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }
            foreach (var member in MembersUsedBy(method))
            {
                Add(member as Type ?? member.DeclaringType);
                if (member is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var argument in generic.GetGenericArguments())
                    {
                        Add(argument);
                    }
                }
            }
        }
        return used;
    }

    /// <summary>The methods, fields and types a method body names, in the order of its IL.</summary>
    public static List<MemberInfo> MembersUsedBy(MethodBase method) => OperandsOf(method).OfType<MemberInfo>().ToList();

    /// <summary>The string literals a method body loads (<c>ldstr</c>), in the order of its IL.</summary>
    public static List<string> StringsUsedBy(MethodBase method) => OperandsOf(method).OfType<string>().ToList();

    /// <summary>
    /// The string literals (<c>ldstr</c>) and the methods, fields and types a method body names, in the order of its IL:
    /// which text a view writes, and what it calls in between.
    /// </summary>
    public static List<object> OperandsOf(MethodBase method)
    {
        var operands = new List<object>();
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return operands;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var op = il[i] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[i + 1]))] : OpCodesByValue[il[i]];
            i += il[i] == 0xFE ? 2 : 1;
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineString:
                    operands.Add(method.Module.ResolveString(BitConverter.ToInt32(il, i)));
                    i += 4;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    try
                    {
                        operands.Add(method.Module.ResolveMember(token, typeArguments, methodArguments)!);
                    }
                    catch (ArgumentException)
                    {
                        // A token of an open generic context that cannot be resolved alone: its declaring type is seen elsewhere.
                    }
                    break;
                default:
                    i += 4;
                    break;
            }
        }
        return operands;
    }
}
