// What nearly every use case of the domain uses: its own entities and common rules, MediatR's request and handler,
// FluentValidation's validators and EF Core's query operators.
global using FluentValidation;
global using Forum.Domain.Common;
global using Forum.Domain.Entities;
global using MediatR;
global using Microsoft.EntityFrameworkCore;
